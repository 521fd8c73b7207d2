import { openEventStore } from '@civic/event-store';
import { Clock, eventStoreOptions, loadConfig, SystemClock } from '@civic/platform';
import {
  InitiativeDataRetention,
  InitiativePersonalDataEraser,
  InitiativeRepository,
  PersonalDataVault,
  personalDataMasterKey,
  IdeaRepository,
  PersonalDataRetention,
  SubmitterContacts,
  SubmitterDataEraser,
  SupportRepository,
  SupporterDataEraser,
  SignatureRepository,
} from '@civic/casework';
import { dryRunArguments } from './dry-run-arguments';
import { withCommandDatabase } from './command-database';

const USAGE = `npm run retention:run [-- --dry-run]

Erases the personal data of ideas (and of the initiators and signers of
initiatives) closed more than PERSONAL_DATA_RETENTION_MONTHS (default 24)
months ago, once. --dry-run only counts how many are due.
Uses DATABASE_URL, or the embedded PostgreSQL of \`npm start\` when it is unset.`;

export interface RetentionRunIo {
  readonly stdout: { write(line: string): unknown };
  readonly stderr: { write(line: string): unknown };
  /** Tests pass their own; otherwise the system clock. */
  readonly clock?: Clock;
}

/** Runs the retention rule once; the exit code: 0 done, 1 some erasures failed, 2 bad arguments. */
export async function runRetentionCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: RetentionRunIo): Promise<number> {
  const parsed = dryRunArguments(args, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { dryRun } = parsed;
  const config = loadConfig(env);
  return withCommandDatabase(config, 4, async ({ pool }) => {
    const store = openEventStore({ ...eventStoreOptions(config), pool });
    try {
      const clock = io.clock ?? new SystemClock();
      const vault = new PersonalDataVault(pool, await personalDataMasterKey(config), config.piiPreviousMasterKeys);
      const contacts = new SubmitterContacts(vault);
      const retention = new PersonalDataRetention(
        pool,
        new SubmitterDataEraser(new IdeaRepository(store), contacts, clock),
        clock,
        config.personalDataRetentionMonths,
        new SupporterDataEraser(new SupportRepository(store), vault, clock),
      );
      const cutoff = retention.cutoff().toISOString();
      const result = await retention.run({ dryRun, progress: (line) => io.stderr.write(`${line}\n`) });
      io.stdout.write(
        dryRun
          ? `${result.due} due: closed before ${cutoff} (${config.personalDataRetentionMonths} months); nothing erased (--dry-run)\n`
          : `erased ${result.erased} of ${result.due} due (closed before ${cutoff})${result.failed ? `; ${result.failed} failed, the next run tries them again` : ''}\n`,
      );
      // Initiators and signers by the same rule; a line of their own only when there are any, so the ideas' line reads as before.
      const initiatives = await new InitiativeDataRetention(
        pool,
        new InitiativePersonalDataEraser(new InitiativeRepository(store), new SignatureRepository(store), vault, clock),
        clock,
        config.personalDataRetentionMonths,
      ).run({ dryRun });
      if (initiatives.due > 0)
        io.stdout.write(
          dryRun
            ? `${initiatives.due} initiators' and signers' data due; nothing erased (--dry-run)\n`
            : `initiatives: erased ${initiatives.erased} of ${initiatives.due} initiators' and signers' data due${initiatives.failed ? `; ${initiatives.failed} failed` : ''}\n`,
        );
      return result.failed + initiatives.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  });
}
