import type { Pool, PoolClient } from 'pg';
import type { BudgetRound } from '@civic/budgets';
import { PUBLIC_STATUS } from '@civic/projections';
import { ideaOfProposal } from './winner-ideas';

/** The idea a round's proposal is carried on as, as the public status read model has it. */
export interface ProposalIdea {
  id: string;
  publicCode: string;
  status: string;
  percentComplete: number | null;
  implementedAt: string | null;
  /** Set while staff keep the idea's public text hidden (moderation): nothing public of the round shows it either. */
  hiddenReason: string | null;
}

/**
 * The ideas of a round's proposals sent in as ideas and of its winners (the same idea, or one whose id is derived from
 * round and proposal), by proposal id: what the round's page links to, and whose hidden text it must not show.
 */
export async function proposalIdeas(sql: Pool | PoolClient, round: BudgetRound): Promise<Map<string, ProposalIdea>> {
  const winners = new Set(round.results?.winners ?? []);
  const withIdeas = round.proposals.filter((proposal) => proposal.ideaId !== null || winners.has(proposal.id));
  if (withIdeas.length === 0) return new Map();
  const proposalOf = new Map(withIdeas.map((proposal) => [ideaOfProposal(round.id, proposal), proposal.id]));
  const { rows } = await sql.query<{
    idea_id: string;
    public_code: string;
    status: string;
    implementation_percent: number | null;
    implemented_at: Date | null;
    hidden_reason: string | null;
  }>(`SELECT idea_id, public_code, status, implementation_percent, implemented_at, hidden_reason FROM ${PUBLIC_STATUS} WHERE idea_id = ANY($1::uuid[])`, [
    [...proposalOf.keys()],
  ]);
  return new Map(
    rows.map((row) => [
      proposalOf.get(row.idea_id)!,
      {
        id: row.idea_id,
        publicCode: row.public_code,
        status: row.status,
        percentComplete: row.implementation_percent,
        implementedAt: row.implemented_at === null ? null : new Date(row.implemented_at).toISOString(),
        hiddenReason: row.hidden_reason,
      },
    ]),
  );
}

/**
 * The public names of the proposals whose idea's text staff hide (moderation): the idea's public code, as the round's
 * page shows it. A published `.pb` file is public data too.
 */
export function hiddenProposalNames(ideas: ReadonlyMap<string, ProposalIdea>): Map<string, string> {
  return new Map([...ideas].filter(([, idea]) => idea.hiddenReason !== null).map(([proposalId, idea]) => [proposalId, idea.publicCode]));
}
