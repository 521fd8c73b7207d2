// npm run pii:seal-typed-text [-- --dry-run]   (once, for events written before typed text was sealed)
import 'reflect-metadata';
import { ConfigError, rootLogger, useStructuredLogs } from '@civic/platform';
import { runSealTypedTextCommand } from './seal-typed-text-command';

// The outcome goes to stdout; the log (database warnings, a crash) to stderr, as JSON lines or readable ones on a terminal.
useStructuredLogs({ stream: process.stderr });
runSealTypedTextCommand(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else rootLogger().fatal(error);
    process.exit(1);
  },
);
