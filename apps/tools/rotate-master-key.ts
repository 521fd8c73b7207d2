// npm run pii:rotate-master-key [-- --dry-run] [-- --batch-size N]   (the procedure: README, Personal data)
import 'reflect-metadata';
import { ConfigError, rootLogger, useStructuredLogs } from '@civic/platform';
import { runRotateMasterKeyCommand } from './rotate-master-key-command';

// The outcome goes to stdout; progress, the rows it cannot open and the log to stderr.
useStructuredLogs({ stream: process.stderr });
runRotateMasterKeyCommand(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else rootLogger().fatal(error);
    process.exit(1);
  },
);
