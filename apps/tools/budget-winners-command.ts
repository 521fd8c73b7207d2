import { readFileSync } from 'node:fs';
import { type CountResult, electionFromPb, equalShares, greedy, parsePb, PbFormatError } from '@civic/budgets';
import { BUDGET_WINNERS_USAGE, parseBudgetWinnersArguments, UsageError } from './budget-winners-arguments';

interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes: 0 winners printed, 1 the file cannot be read or is not a .pb file, 2 wrong arguments. */
export function runBudgetWinners(argv: readonly string[], output: Output): number {
  let args;
  try {
    args = parseBudgetWinnersArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr.write(`${error.message}\n\n${BUDGET_WINNERS_USAGE}\n`);
    return 2;
  }
  if (args === null) {
    output.stdout.write(`${BUDGET_WINNERS_USAGE}\n`);
    return 0;
  }
  let result: CountResult;
  try {
    const election = electionFromPb(parsePb(readFileSync(args.file, 'utf8')));
    result = args.rule === 'greedy' ? greedy(election) : equalShares(election, { completion: args.completion, arithmetic: args.arithmetic });
  } catch (error) {
    if (!(error instanceof PbFormatError) && typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    output.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const line = { winners: result.winners, totalCost: result.totalCost, ...(args.explain ? { outcomes: result.outcomes } : {}) };
  output.stdout.write(`${JSON.stringify(line)}\n`);
  return 0;
}
