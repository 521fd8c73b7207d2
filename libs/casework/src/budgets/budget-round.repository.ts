import { Inject, Injectable } from '@nestjs/common';
import {
  type Ballot,
  type BallotCommand,
  type BallotEvent,
  type BudgetRound,
  decideBallot,
  decideRound,
  foldBallot,
  foldRound,
  ballotStreamId,
  type RoundCommand,
  type RoundEvent,
  ROUND_EVENT_TYPES,
  BALLOT_EVENT_TYPES,
  roundStreamId,
} from '@civic/budgets';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@civic/event-store';
import type { CommandContext } from '../ideas/command-context';
import { EVENT_SCHEMA_VERSION } from '../ideas/idea.repository';
import { StaleRevisionError } from '../ideas/stale-revision.error';

export interface LoadedRound {
  readonly state: BudgetRound;
  /** -1 when the round does not exist. */
  readonly revision: number;
}

const isRoundEvent = (event: StoredEvent): boolean => (ROUND_EVENT_TYPES as readonly string[]).includes(event.type);
const isBallotEvent = (event: StoredEvent): boolean => (BALLOT_EVENT_TYPES as readonly string[]).includes(event.type);

/** The write path of budget rounds and their ballots: read the stream, fold it, decide, append at the revision read. */
@Injectable()
export class BudgetRoundRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(roundId: string): Promise<LoadedRound> {
    const events = await this.store.readStream(roundStreamId(roundId));
    return { state: foldRound(events.filter(isRoundEvent) as unknown as RoundEvent[], roundId), revision: events.length - 1 };
  }

  /** expectedRevision: what the caller saw (If-Match; a mismatch is 412), or 'new' to open a round under a fresh id. */
  async execute(command: RoundCommand, expectedRevision: number | 'new', context: CommandContext): Promise<{ revision: number; events: RoundEvent[] }> {
    const loaded = expectedRevision === 'new' ? { state: foldRound([], command.roundId), revision: -1 } : await this.load(command.roundId);
    if (expectedRevision !== 'new' && loaded.revision >= 0 && loaded.revision !== expectedRevision) {
      throw new StaleRevisionError(expectedRevision, loaded.revision);
    }
    const events = decideRound(command, loaded.state);
    if (events.length === 0) return { revision: loaded.revision, events };
    const result = await this.store.appendToStream(roundStreamId(command.roundId), this.toAppend(events, command.at, context), {
      expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision,
    });
    return { revision: result.nextExpectedRevision, events };
  }

  /** One ballot's stream, folded, with its events (the mail job reads the request it was made for). */
  async loadBallot(roundId: string, ballotId: string): Promise<{ state: Ballot | null; events: BallotEvent[]; revision: number }> {
    const past = await this.store.readStream(ballotStreamId(roundId, ballotId));
    const events = past.filter(isBallotEvent) as unknown as BallotEvent[];
    return { state: foldBallot(events), events, revision: past.length - 1 };
  }

  /**
   * Casts or changes a ballot. The round is read, not locked: a ballot that races the close of voting may land after the
   * count, which is why CloseVoting counts from the read model only once the round says voting is over.
   */
  async castBallot(command: BallotCommand, context: CommandContext): Promise<{ revision: number; events: BallotEvent[] }> {
    const round = await this.load(command.roundId);
    const streamId = ballotStreamId(command.roundId, command.ballotId);
    const past = await this.store.readStream(streamId);
    const events = decideBallot(command, foldBallot(past.filter(isBallotEvent) as unknown as BallotEvent[]), round.state);
    if (events.length === 0) return { revision: past.length - 1, events };
    // one ballot per voter: the first cast expects no stream, so two first ballots of one voter cannot both land
    const result = await this.store.appendToStream(streamId, this.toAppend(events, command.at, context), {
      expectedRevision: past.length === 0 ? 'no_stream' : past.length - 1,
    });
    return { revision: result.nextExpectedRevision, events };
  }

  private toAppend(events: ReadonlyArray<RoundEvent | BallotEvent>, at: string, context: CommandContext) {
    return events.map((event) => ({
      type: event.type,
      data: event.data,
      metadata: { correlationId: context.correlationId, causationId: null, actor: context.actor, occurredAt: at, schemaVersion: EVENT_SCHEMA_VERSION },
    }));
  }
}
