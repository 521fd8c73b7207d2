import { parseArgs } from 'node:util';
import type { Arithmetic, Completion } from '@civic/budgets';

export interface BudgetWinnersArguments {
  readonly file: string;
  readonly rule: 'greedy' | 'equal-shares';
  readonly completion: Completion;
  readonly arithmetic: Arithmetic;
  /** Print every project's outcome and the reason it was or was not funded, beside the winners. */
  readonly explain: boolean;
}

export const BUDGET_WINNERS_USAGE = `Usage: npm run -s budget:winners -- FILE.pb --rule greedy|equal-shares [--completion none|add1] [--arithmetic exact|float] [--explain]

Prints one JSON line {"winners": ["<project_id>", …], "totalCost": <number>}, the winners in the order the rule funds them.
  --rule          greedy (most votes first, skip what no longer fits) or equal-shares (the Method of Equal Shares)
  --completion    equal-shares only: none (default) or add1 (raise every voter's share by one unit while the outcome fits)
  --arithmetic    equal-shares only: exact (default, rational numbers) or float
  --explain       add "outcomes": each project's result and why
  --help          this text`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Returns null for --help. */
export function parseBudgetWinnersArguments(argv: readonly string[]): BudgetWinnersArguments | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        rule: { type: 'string' },
        completion: { type: 'string', default: 'none' },
        arithmetic: { type: 'string', default: 'exact' },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) throw new UsageError('give exactly one .pb file');
  const { rule, completion, arithmetic } = values;
  if (rule !== 'greedy' && rule !== 'equal-shares') throw new UsageError('--rule must be greedy or equal-shares');
  if (completion !== 'none' && completion !== 'add1') throw new UsageError('--completion must be none or add1');
  if (arithmetic !== 'exact' && arithmetic !== 'float') throw new UsageError('--arithmetic must be exact or float');
  return { file: positionals[0], rule, completion, arithmetic, explain: values.explain };
}
