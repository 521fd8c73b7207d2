/**
 * Every support is a stream of its own, `support-<supportId>`, never part of
 * the idea's stream: an idea with 50,000 supports loads as fast for a staff
 * command as one with none, and the count comes from a read model.
 */
export const SUPPORT_STREAM_PREFIX = 'support-';

export function supportStreamId(supportId: string): string {
  return SUPPORT_STREAM_PREFIX + supportId;
}

export function supportIdOfStream(streamId: string): string | null {
  return streamId.startsWith(SUPPORT_STREAM_PREFIX) ? streamId.slice(SUPPORT_STREAM_PREFIX.length) : null;
}

/** The data key an address is sealed under: one per request of the support, so a request after an erasure gets a fresh key. */
export function supporterKeyId(supportId: string, requestNumber: number): string {
  return `support-${supportId}-${requestNumber}`;
}
