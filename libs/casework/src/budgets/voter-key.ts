import { createHmac } from 'node:crypto';

/**
 * The address as the voter's identity: trimmed, Unicode-normalised (NFC) and lower-cased whole, since mail providers
 * treat addresses case-blind in practice and one person must not get two ballots by typing Anna@ and anna@.
 */
export function normaliseVoterAddress(address: string): string {
  return address.normalize('NFC').trim().toLowerCase();
}

/**
 * The ballot id of a verified voter in a round: a keyed hash (HMAC-SHA-256) of the round and the normalised address,
 * base64url. The same voter always lands on the same ballot stream (one ballot per round); without the key, the id says
 * nothing about who voted, and the same voter's ids in two rounds cannot be linked.
 */
export function voterBallotId(secret: Buffer, roundId: string, address: string): string {
  if (secret.length < 32) throw new RangeError('The voter key secret must be at least 32 bytes.');
  return createHmac('sha256', secret)
    .update(`budget-ballot\n${roundId}\n${normaliseVoterAddress(address)}`)
    .digest('base64url');
}
