// npm run event-store:copy -- --from postgres --to eventstoredb   (see copy-arguments.ts for the options)
import { runCopyCommand } from './copy-command';

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
    console.error(error);
    process.exit(1);
  },
);
