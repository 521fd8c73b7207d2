/** An initiative's own lifecycle is in `initiative-<uuid>`; its signatures are not (see signature.stream.ts). */
export const INITIATIVE_STREAM_PREFIX = 'initiative-';

export function initiativeStreamId(initiativeId: string): string {
  return INITIATIVE_STREAM_PREFIX + initiativeId;
}

export function initiativeIdOfStream(streamId: string): string | null {
  return streamId.startsWith(INITIATIVE_STREAM_PREFIX) ? streamId.slice(INITIATIVE_STREAM_PREFIX.length) : null;
}
