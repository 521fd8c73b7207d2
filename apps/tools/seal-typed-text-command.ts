import { loadConfig } from '@civic/platform';
import { LegacyTextSealing, PersonalDataVault, personalDataMasterKey } from '@civic/casework';
import { dryRunArguments } from './dry-run-arguments';
import { withCommandDatabase } from './command-database';

const USAGE = `Usage: npm run pii:seal-typed-text [-- --dry-run]

Once, after upgrading to the version that seals what citizens type: rewrites
the events written before it (IdeaSubmitted, CitizenInformationProvided and a
citizen's IdeaWithdrawn without sealed text) in place, so that the typed text
is sealed under the idea's data key with a masked copy beside it, or, for an
idea already erased, only the masked copy is kept. PostgreSQL event store only.
Resumable: run it again after an interruption; rewritten events are skipped.
Rebuild the read models afterwards (npm run projections:rebuild).

  --dry-run   count the events due, change nothing
  --help      this text

Uses DATABASE_URL, or the embedded PostgreSQL of \`npm start\` when it is unset.
Exit code: 0 done; 2 usage or an EventStoreDB store.`;

export interface SealTypedTextIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export async function runSealTypedTextCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: SealTypedTextIo): Promise<number> {
  const parsed = dryRunArguments(args, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const config = loadConfig(env);
  if (config.eventStore !== 'postgres') {
    io.stderr.write(`EVENT_STORE=${config.eventStore}: events there cannot be rewritten in place; this command works on the PostgreSQL event store only\n`);
    return 2;
  }
  return withCommandDatabase(config, 2, async ({ pool }) => {
    const masterKey = await personalDataMasterKey(config);
    const sealing = new LegacyTextSealing(pool, (db) => new PersonalDataVault(db, masterKey, config.piiPreviousMasterKeys));
    const due = await sealing.due();
    if (parsed.dryRun) {
      io.stdout.write(`${due} events hold typed text in clear; nothing changed (--dry-run)\n`);
      return 0;
    }
    const result = await sealing.run({ progress: (p) => io.stderr.write(`sealed ${p.sealed}, masked ${p.masked} of ${due}\n`) });
    io.stdout.write(
      `sealed ${result.sealed} events under their idea's key, kept only the masked copy in ${result.masked} (erased ideas); now run npm run projections:rebuild\n`,
    );
    return 0;
  });
}
