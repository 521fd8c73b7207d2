import { normaliseVoterAddress, voterBallotId } from './voter-key';

const secret = Buffer.alloc(32, 7);

describe('voterBallotId', () => {
  it('gives one voter one ballot per round, however the address is typed', () => {
    const id = voterBallotId(secret, 'r1', 'anna@example.dk');
    expect(voterBallotId(secret, 'r1', '  Anna@Example.DK ')).toBe(id);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
  it('cannot be linked across rounds, voters or keys', () => {
    const id = voterBallotId(secret, 'r1', 'anna@example.dk');
    expect(voterBallotId(secret, 'r2', 'anna@example.dk')).not.toBe(id);
    expect(voterBallotId(secret, 'r1', 'bo@example.dk')).not.toBe(id);
    expect(voterBallotId(Buffer.alloc(32, 8), 'r1', 'anna@example.dk')).not.toBe(id);
  });
  it('normalises Unicode so that composed and decomposed letters match', () => {
    expect(normaliseVoterAddress('Søren@e\u0301xample.dk')).toBe(normaliseVoterAddress('søren@\u00e9xample.dk'));
  });
  it('refuses a short secret', () => expect(() => voterBallotId(Buffer.alloc(8), 'r1', 'a@b.dk')).toThrow(RangeError));
});
