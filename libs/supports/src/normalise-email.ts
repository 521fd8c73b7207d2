/**
 * The form of an address that one person always gives: Unicode NFC, no
 * surrounding spaces, lower case. (Mailbox names are case-sensitive in theory
 * and never in practice; treating Karen@ and karen@ as two people would let
 * anyone count twice.)
 */
export function normaliseEmail(address: string): string {
  return address.normalize('NFC').trim().toLowerCase();
}
