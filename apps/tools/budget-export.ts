// npm run -s budget:export -- ROUND_ID [--output FILE.pb]   (see budget-export-command.ts)
import { runBudgetExport } from './budget-export-command';

runBudgetExport(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
