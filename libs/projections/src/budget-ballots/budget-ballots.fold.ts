import { BALLOT_EVENT_TYPES, type BallotEvent, ballotOfStream } from '@civic/budgets';
import type { StoredEvent } from '@civic/event-store';
import type { BudgetBallotRow } from './budget-ballots.table';

export function isBallotEvent(event: StoredEvent): event is StoredEvent<BallotEvent['data']> & { type: BallotEvent['type'] } {
  return (BALLOT_EVENT_TYPES as readonly string[]).includes(event.type) && ballotOfStream(event.streamId) !== null;
}

/** The ballot row after one of its events; null while the ballot has not been cast (a change before a cast is ignored). Pure. */
export function foldBallotRow(row: BudgetBallotRow | null, event: StoredEvent): BudgetBallotRow | null {
  if (!isBallotEvent(event)) return row;
  if (row !== null && event.streamRevision <= row.stream_revision) return row;
  const data = event.data as BallotEvent['data'];
  if (event.type === 'BallotCast') {
    const cast = data as Extract<BallotEvent, { type: 'BallotCast' }>['data'];
    return {
      round_id: cast.roundId,
      ballot_id: cast.ballotId,
      choices: cast.choices,
      channel: cast.channel,
      voting_place: cast.votingPlace,
      cast_at: cast.at,
      changed_at: null,
      stream_revision: event.streamRevision,
    };
  }
  return row === null ? null : { ...row, choices: data.choices, changed_at: data.at, stream_revision: event.streamRevision };
}
