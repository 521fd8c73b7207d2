// npm run districts:load-boundaries -- districts.geojson [--property code]
import { ConfigError, rootLogger, useStructuredLogs } from '@civic/platform';
import { runLoadBoundaries } from './load-district-boundaries-command';

useStructuredLogs({ stream: process.stderr });
runLoadBoundaries(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else rootLogger().fatal(error);
    process.exit(1);
  },
);
