// npm run -s token -- --role handler --department TMF   (see issue-token-arguments.ts for the options)
import { runIssueToken } from './issue-token-command';

runIssueToken(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
