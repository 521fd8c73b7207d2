import type { BudgetRound } from '../round/round.state';
import { ballotProjects } from '../round/round.state';

export interface ExportedBallot {
  ballotId: string;
  choices: string[];
  channel: 'online' | 'paper';
}

const PABULIB_RULE = { greedy: 'greedy', 'equal-shares/none': 'equalshares', 'equal-shares/add1': 'equalshares/add1' } as const;

/**
 * A finished round as a pabulib `.pb` file, so that anyone can recount it with their own tools. Voters are numbered in
 * the order of their ballot ids (keyed hashes or random ids), not of casting: a published file must not let anyone link
 * a ballot to a voter, by its id or by when it was cast. `publicNames` replaces the names of projects whose text may not be
 * published (staff hid it): the file is public data.
 */
export function writePb(round: BudgetRound, unordered: readonly ExportedBallot[], publicNames: ReadonlyMap<string, string> = new Map()): string {
  const ballots = [...unordered].sort((a, b) => (a.ballotId < b.ballotId ? -1 : a.ballotId > b.ballotId ? 1 : 0));
  const settings = round.settings!;
  const projects = ballotProjects(round);
  const winners = new Set(round.results?.winners ?? []);
  const votes = new Map(projects.map(({ proposal }) => [proposal.id, 0]));
  for (const ballot of ballots) for (const id of ballot.choices) if (votes.has(id)) votes.set(id, votes.get(id)! + 1);
  const rule = settings.rule.kind === 'greedy' ? PABULIB_RULE.greedy : PABULIB_RULE[`equal-shares/${settings.rule.completion}`];
  const meta: Array<[string, string | number]> = [
    ['description', settings.title],
    ['unit', settings.scope.kind === 'district' ? settings.scope.district : 'municipality'],
    ...(settings.scope.kind === 'district' ? ([['district', settings.scope.district]] as Array<[string, string]>) : []),
    ['instance', round.id],
    ['num_projects', projects.length],
    ['num_votes', ballots.length],
    ['budget', settings.amount],
    ['currency', settings.currency],
    ['vote_type', 'approval'],
    ['rule', rule],
    ['date_begin', settings.schedule.voting.from],
    ['date_end', settings.schedule.voting.to],
    ['min_length', 1],
    ...(settings.ballot.kind === 'approval' ? ([['max_length', settings.ballot.maxChoices]] as Array<[string, number]>) : []),
    ...(settings.ballot.kind === 'knapsack' ? ([['max_sum_cost', settings.amount]] as Array<[string, number]>) : []),
  ];
  const lines = [
    'META',
    'key;value',
    ...meta.map((row) => row.map(field).join(';')),
    'PROJECTS',
    'project_id;cost;votes;name;selected',
    ...projects.map(({ proposal, cost }) =>
      [proposal.id, cost, votes.get(proposal.id)!, publicNames.get(proposal.id) ?? proposal.title, winners.has(proposal.id) ? 1 : 0].map(field).join(';'),
    ),
    'VOTES',
    'voter_id;vote;voting_method',
    ...ballots.map((ballot, index) => [index + 1, ballot.choices.join(','), ballot.channel === 'paper' ? 'paper' : 'internet'].map(field).join(';')),
  ];
  return `${lines.join('\n')}\n`;
}

function field(value: string | number): string {
  const text = String(value);
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
