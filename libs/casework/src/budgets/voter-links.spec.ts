import { budgetVoterSecret, VoterKeys } from './voter-links';

const keys = new VoterKeys(budgetVoterSecret('a tracking token secret'));

describe('VoterKeys', () => {
  it('keys a voter by address or by identity, per round', () => {
    expect(keys.byEmail('r1', ' Anna@Example.dk')).toBe(keys.byEmail('r1', 'anna@example.dk'));
    expect(keys.byIdentity('r1', 'https://idp', 'sub-1')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.byIdentity('r1', 'https://idp', 'sub-1')).not.toBe(keys.byIdentity('r2', 'https://idp', 'sub-1'));
  });
  it('reads back its own confirmation links only, for their round', () => {
    const ballotId = keys.byEmail('r1', 'anna@example.dk');
    const token = keys.confirmationToken('r1', ballotId, 2);
    expect(keys.readConfirmationToken('r1', token)).toEqual({ ballotId, revision: 2 });
    expect(keys.readConfirmationToken('r2', token)).toBeNull();
    expect(keys.readConfirmationToken('r1', token.replace('.2.', '.3.'))).toBeNull();
    expect(new VoterKeys(budgetVoterSecret('another')).readConfirmationToken('r1', token)).toBeNull();
    expect(keys.readConfirmationToken('r1', 'nonsense')).toBeNull();
  });
});
