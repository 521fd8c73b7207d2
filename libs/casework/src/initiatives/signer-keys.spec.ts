import { InitiatorLinks } from './initiator-links';
import { SignerKeys } from './signer-keys';

const A = '11111111-2222-4333-8444-555555555555';
const B = '66666666-7777-4888-8999-000000000000';

describe('SignerKeys', () => {
  const keys = new SignerKeys('a-secret-of-the-tests');

  it('gives the same person the same key on one initiative, whatever the case or spaces of the address', () => {
    expect(keys.byEmail(A, ' Karen@Example.DK ')).toBe(keys.byEmail(A, 'karen@example.dk'));
    expect(keys.byEmail(A, 'karen@example.dk')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot link one person across initiatives, nor an e-mail signer to an identity, nor be recomputed without the secret', () => {
    expect(keys.byEmail(A, 'karen@example.dk')).not.toBe(keys.byEmail(B, 'karen@example.dk'));
    expect(keys.byIdentity(A, 'https://mitid.example', 'karen@example.dk')).not.toBe(keys.byEmail(A, 'karen@example.dk'));
    expect(new SignerKeys('another-secret').byEmail(A, 'karen@example.dk')).not.toBe(keys.byEmail(A, 'karen@example.dk'));
  });

  it('reads back only its own confirmation tokens, for the initiative they were made for', () => {
    const signer = keys.byEmail(A, 'karen@example.dk');
    const token = keys.confirmationToken(A, signer, 2);
    expect(keys.readConfirmationToken(A, token)).toEqual({ signerKey: signer, revision: 2 });
    expect(keys.readConfirmationToken(B, token)).toBeNull();
    expect(keys.readConfirmationToken(A, token.replace(/\.2\./, '.0.'))).toBeNull();
    expect(keys.readConfirmationToken(A, 'nonsense')).toBeNull();
  });
});

describe('InitiatorLinks', () => {
  it('names its initiative, and refuses a link altered or made with another secret', () => {
    const links = new InitiatorLinks('a-secret-of-the-tests');
    const token = links.issue(A);
    expect(links.initiativeOf(token)).toBe(A);
    expect(new InitiatorLinks('another-secret').initiativeOf(token)).toBeNull();
    // A character inside the MAC (the last one holds padding bits too).
    expect(links.initiativeOf(`${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`)).toBeNull();
    expect(links.initiativeOf('short')).toBeNull();
  });
});
