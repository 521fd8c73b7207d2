import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { BudgetRoundOrigin } from '@civic/ideas';
import { BudgetRoundRepository } from '@civic/casework';
import { BUDGET_ROUNDS } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';

/** A round the idea form offers: one in its proposals phase. */
export interface RoundTakingProposals {
  id: string;
  title: string;
  /** null: the whole municipality. */
  district: string | null;
}

/**
 * An idea sent into a participatory-budget round: the round must exist, take proposals now, and cover the idea's
 * district (or the whole municipality). The idea is its own proposal; the worker records it on the round's stream.
 */
@Injectable()
export class IdeaProposals {
  constructor(
    private readonly rounds: BudgetRoundRepository,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  /** Checked against the round's stream (the truth), not the list: a round just moved on refuses at once. */
  async originFor(roundId: string, ideaId: string, district: string): Promise<BudgetRoundOrigin> {
    const { state } = await this.rounds.load(roundId);
    if (state.phase === 'none' || state.settings === null) {
      throw invalid(`unknown budget round "${roundId}"; see the rounds taking proposals on the idea form`);
    }
    if (state.phase !== 'proposals') {
      throw new ProblemError(
        409,
        'budget-round-not-taking-proposals',
        'The budget round no longer takes proposals',
        `"${state.settings.title}" is in its ${state.phase} phase: send the idea without budgetRound, or into a round whose proposals are open.`,
        { roundId, phase: state.phase },
      );
    }
    const scope = state.settings.scope;
    if (scope.kind === 'district' && scope.district !== district) {
      throw invalid(`the budget round "${state.settings.title}" is for the district "${scope.district}"; the idea is in "${district}"`);
    }
    return { roundId, proposalId: ideaId, kind: 'proposal' };
  }

  /** For the idea form: the rounds in their proposals phase, from the budget_rounds read model. */
  async roundsTakingProposals(): Promise<RoundTakingProposals[]> {
    const { rows } = await this.pool.query<{ round_id: string; title: string; district: string | null }>(
      `SELECT round_id, title, district FROM ${BUDGET_ROUNDS} WHERE phase = 'proposals' ORDER BY title, round_id LIMIT 50`,
    );
    return rows.map((row) => ({ id: row.round_id, title: row.title, district: row.district }));
  }
}

function invalid(message: string): ProblemError {
  return new ProblemError(422, 'validation-failed', 'The request has invalid fields', 'See errors for each field that needs fixing.', {
    errors: [{ field: 'budgetRound.roundId', message }],
  });
}
