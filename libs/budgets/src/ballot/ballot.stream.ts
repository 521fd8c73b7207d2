/**
 * Each ballot is a stream of its own, `budget-ballot-<roundId>.<ballotId>`, so a round with 100,000 voters still loads
 * fast and two voters never contend. An online ballot's id is derived from the voter (a keyed hash of their verified
 * address and the round): the stream's existence is what makes it one ballot per voter per round.
 */
export const BALLOT_STREAM_PREFIX = 'budget-ballot-';

export function ballotStreamId(roundId: string, ballotId: string): string {
  return `${BALLOT_STREAM_PREFIX}${roundId}.${ballotId}`;
}

export function ballotOfStream(streamId: string): { roundId: string; ballotId: string } | null {
  if (!streamId.startsWith(BALLOT_STREAM_PREFIX)) return null;
  const rest = streamId.slice(BALLOT_STREAM_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot < 0 ? null : { roundId: rest.slice(0, dot), ballotId: rest.slice(dot + 1) };
}
