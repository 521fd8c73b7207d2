/** Every round's own events are in `budget-round-<uuid>`; its ballots are not (see ballot.stream.ts). */
export const ROUND_STREAM_PREFIX = 'budget-round-';

export function roundStreamId(roundId: string): string {
  return ROUND_STREAM_PREFIX + roundId;
}

export function roundIdOfStream(streamId: string): string | null {
  return streamId.startsWith(ROUND_STREAM_PREFIX) ? streamId.slice(ROUND_STREAM_PREFIX.length) : null;
}
