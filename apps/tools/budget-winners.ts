// npm run -s budget:winners -- FILE.pb --rule greedy|equal-shares [--completion none|add1] [--arithmetic exact|float]
import { runBudgetWinners } from './budget-winners-command';

process.exitCode = runBudgetWinners(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
