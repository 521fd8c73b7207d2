// npm run open-data:export [-- --dry-run]   (the worker runs the same export every night: OPEN_DATA_SCHEDULE)
import { ConfigError, rootLogger, useStructuredLogs } from '@civic/platform';
import { runOpenDataExport } from './open-data-export-command';

useStructuredLogs({ stream: process.stderr });
runOpenDataExport(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else rootLogger().fatal(error);
    process.exit(1);
  },
);
