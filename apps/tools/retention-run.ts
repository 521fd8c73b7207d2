// npm run retention:run [-- --dry-run]   (the jobs issue will schedule the same PersonalDataRetention)
import 'reflect-metadata';
import { ConfigError } from '@civic/platform';
import { runRetentionCommand } from './retention-run-command';

runRetentionCommand(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
    process.exit(1);
  },
);
