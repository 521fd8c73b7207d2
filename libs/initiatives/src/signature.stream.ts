/**
 * One stream per signer and initiative, `signature-<initiative uuid>.<signer key>`,
 * so that thousands of signatures never lengthen the initiative's own stream;
 * the signer key (a keyed hash of the e-mail address or the identity
 * provider's subject, with the initiative) makes the same person's second
 * signature land in the same stream.
 */
export const SIGNATURE_STREAM_PREFIX = 'signature-';

const UUID_LENGTH = 36;

export function signatureStreamId(initiativeId: string, signerKey: string): string {
  return `${SIGNATURE_STREAM_PREFIX}${initiativeId}.${signerKey}`;
}

export function signatureOfStream(streamId: string): { initiativeId: string; signerKey: string } | null {
  if (!streamId.startsWith(SIGNATURE_STREAM_PREFIX)) return null;
  const rest = streamId.slice(SIGNATURE_STREAM_PREFIX.length);
  if (rest.charAt(UUID_LENGTH) !== '.') return null;
  return { initiativeId: rest.slice(0, UUID_LENGTH), signerKey: rest.slice(UUID_LENGTH + 1) };
}
