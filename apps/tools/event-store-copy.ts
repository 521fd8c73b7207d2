// npm run event-store:copy -- --from postgres --to eventstoredb   (see copy-arguments.ts for the options)
import { rootLogger, useStructuredLogs } from '@civic/platform';
import { runCopyCommand } from './copy-command';

// Progress is the command's own output on stderr; the log (database warnings, a crash) goes there too, as JSON lines or readable ones on a terminal.
useStructuredLogs({ stream: process.stderr });

const interrupt = new AbortController();
process.on('SIGINT', () => {
  // First Ctrl-C: finish the append in progress and stop cleanly; a second one leaves at once.
  if (interrupt.signal.aborted) process.exit(130);
  process.stderr.write('Interrupted: stopping after the append in progress (Ctrl-C again to leave at once)\n');
  interrupt.abort();
});

runCopyCommand(process.argv.slice(2), process.env, { stderr: process.stderr, signal: interrupt.signal }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    rootLogger().fatal(error);
    process.exit(1);
  },
);
