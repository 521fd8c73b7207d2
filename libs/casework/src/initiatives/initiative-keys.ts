import { signatureStreamId } from '@civic/initiatives';

/** The vault key of an initiative's initiator and co-initiators: erasing it makes their names and addresses unreadable everywhere. */
export function initiatorDataKeyId(initiativeId: string): string {
  return `initiative-${initiativeId}`;
}

/** The vault key of one signer's name and address on one initiative: the signature stream's own id. */
export function signerDataKeyId(initiativeId: string, signerKey: string): string {
  return signatureStreamId(initiativeId, signerKey);
}
