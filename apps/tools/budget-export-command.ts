import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writePb } from '@civic/budgets';
import { BudgetRoundRepository, hiddenProposalNames, proposalIdeas } from '@civic/casework';
import { openEventStore } from '@civic/event-store';
import { eventStoreOptions, loadConfig } from '@civic/platform';
import { ballotsOfRound } from '@civic/projections';
import { withCommandDatabase } from './command-database';

export const BUDGET_EXPORT_USAGE = `Usage: npm run -s budget:export -- ROUND_ID [--output FILE.pb]

Writes a counted budget round as a pabulib .pb file (to FILE.pb, or standard output): its budget and rule, the projects
on its ballot with their costs, votes and whether they were funded, and every ballot (voters numbered, not named).
npm run -s budget:winners -- FILE.pb recounts it. Uses DATABASE_URL, or the embedded PostgreSQL of \`npm start\`.`;

export interface BudgetExportIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Exit code: 0 written, 1 no such round, not counted yet, or the read models not built, 2 bad arguments. */
export async function runBudgetExport(argv: readonly string[], env: NodeJS.ProcessEnv, io: BudgetExportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { output: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${BUDGET_EXPORT_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${BUDGET_EXPORT_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr.write(`Give one round id.\n\n${BUDGET_EXPORT_USAGE}\n`);
    return 2;
  }
  const [roundId] = parsed.positionals;
  const config = loadConfig(env);
  return withCommandDatabase(config, 2, async ({ pool }) => {
    // Both read models are needed: public_status says which projects' texts staff hide, which the file must not publish.
    const { rows } = await pool.query(`SELECT to_regclass('budget_ballots') IS NOT NULL AND to_regclass('public_status') IS NOT NULL AS there`);
    if (!rows[0].there) {
      io.stderr.write('The budget_ballots and public_status read models are not there yet: start the worker once (it builds them), then run this again.\n');
      return 1;
    }
    const store = openEventStore({ ...eventStoreOptions(config), pool });
    try {
      const { state } = await new BudgetRoundRepository(store).load(roundId);
      if (state.phase === 'none') {
        io.stderr.write(`There is no budget round ${roundId}.\n`);
        return 1;
      }
      if (state.results === null) {
        io.stderr.write(`Round ${roundId} is in its ${state.phase} phase: it has no results to export yet.\n`);
        return 1;
      }
      // Public data: a project whose idea's text staff hide is named by the idea's public code, as on the round's page.
      const text = writePb(state, await ballotsOfRound(pool, roundId), hiddenProposalNames(await proposalIdeas(pool, state)));
      if (parsed.values.output === undefined) io.stdout.write(text);
      else writeFileSync(parsed.values.output, text);
      return 0;
    } finally {
      await store.close();
    }
  });
}
