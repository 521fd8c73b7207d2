import { type BallotCast, type BallotChanged, ballotOfStream, COUNTED_BALLOT_EVENT_TYPES } from '@civic/budgets';
import type { StoredEvent } from '@civic/event-store';
import type { BudgetBallotRow } from './budget-ballots.table';

/** The events that say what a ballot counts as: a paper or confirmed online ballot, or its change. A request not yet confirmed counts for nothing. */
export function isBallotEvent(event: StoredEvent): event is StoredEvent<(BallotCast | BallotChanged)['data']> & { type: (BallotCast | BallotChanged)['type'] } {
  return (COUNTED_BALLOT_EVENT_TYPES as readonly string[]).includes(event.type) && ballotOfStream(event.streamId) !== null;
}

/**
 * The ballot row after one of its events; null while the ballot has not been cast or confirmed (a change before a cast is
 * ignored). A voter's latest confirmed choices replace the earlier ones. Pure.
 */
export function foldBallotRow(row: BudgetBallotRow | null, event: StoredEvent): BudgetBallotRow | null {
  if (!isBallotEvent(event)) return row;
  if (row !== null && event.streamRevision <= row.stream_revision) return row;
  const data = event.data as BallotChanged['data'];
  if (event.type === 'BallotCast') {
    const cast = data as BallotCast['data'];
    return {
      round_id: cast.roundId,
      ballot_id: cast.ballotId,
      choices: cast.choices,
      channel: cast.channel,
      voting_place: cast.votingPlace,
      cast_at: cast.at,
      changed_at: null,
      age_check: cast.ageCheck ?? null,
      stream_revision: event.streamRevision,
    };
  }
  return row === null
    ? null
    : { ...row, choices: data.choices, changed_at: data.at, age_check: data.ageCheck ?? row.age_check, stream_revision: event.streamRevision };
}
