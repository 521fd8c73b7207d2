import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { voterBallotId } from './voter-key';

/** The secret of voters' ballot ids and confirmation links, derived from TRACKING_TOKEN_SECRET so the API and the worker agree. */
export function budgetVoterSecret(trackingTokenSecret: string): Buffer {
  return createHash('sha256').update(`budget-voters:${trackingTokenSecret}`).digest();
}

/** The vault key that seals one voter's address or name in one round: erasing it leaves the ballot for the count. */
export function voterDataKeyId(roundId: string, ballotId: string): string {
  return `${voterDataKeyPrefix(roundId)}${ballotId}`;
}

/** The common start of the vault keys of a round's voters: once the round is counted they are erased together. */
export function voterDataKeyPrefix(roundId: string): string {
  return `budget-voter:${roundId}:`;
}

/**
 * Who a voter is, without saying it (the ballot id: a keyed hash of the normalised address, or of the identity provider's
 * issuer and pseudonymous subject, with the round), and the links that confirm a ballot by e-mail.
 */
export class VoterKeys {
  constructor(private readonly secret: Buffer) {}

  byEmail(roundId: string, email: string): string {
    return voterBallotId(this.secret, roundId, email);
  }

  byIdentity(roundId: string, issuer: string, subject: string): string {
    return createHmac('sha256', this.secret).update(`budget-ballot-oidc\n${roundId}\n${issuer}\n${subject}`).digest('base64url');
  }

  /** The link that confirms the BallotRequested at `revision` of the ballot's stream: `<ballot id>.<revision>.<mac>`. */
  confirmationToken(roundId: string, ballotId: string, revision: number): string {
    return `${ballotId}.${revision}.${this.mac(roundId, ballotId, revision)}`;
  }

  /** The ballot and request revision a token names, or null when it is not one of ours for this round. */
  readConfirmationToken(roundId: string, token: string): { ballotId: string; revision: number } | null {
    const match = /^([A-Za-z0-9_-]{43})\.(\d{1,6})\.([A-Za-z0-9_-]{32})$/.exec(token);
    if (!match) return null;
    const [ballotId, revision] = [match[1], Number(match[2])];
    const expected = Buffer.from(this.confirmationToken(roundId, ballotId, revision));
    const actual = Buffer.from(token);
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? { ballotId, revision } : null;
  }

  private mac(roundId: string, ballotId: string, revision: number): string {
    return createHmac('sha256', this.secret).update(`budget-ballot-confirm\n${roundId}\n${ballotId}\n${revision}`).digest('base64url').slice(0, 32);
  }
}
