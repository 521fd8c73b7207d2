import { parseArgs } from 'node:util';
import { loadConfig } from '@civic/platform';
import { MasterKeyRing, MasterKeyRotation, type MasterKeyCensus, type MasterKeyRotationProgress } from '@civic/casework';
import { withCommandDatabase } from './command-database';

const USAGE = `Usage: npm run pii:rotate-master-key [-- --dry-run] [-- --batch-size N]

Re-wraps every submitter's data key under PII_MASTER_KEY (the new master key),
opening each with the key that wrapped it: PII_MASTER_KEY or one of
PII_PREVIOUS_MASTER_KEYS (comma-separated, base64). Resumable: run it again
after an interruption; rows already under the new key are skipped.

  --dry-run        open every row that is due, change nothing
  --batch-size N   rows per transaction (default 500)
  --help           this text

Uses DATABASE_URL, or the embedded PostgreSQL of \`npm start\` when it is unset.
Exit code: 0 every data key is under the new key; 1 some are not (listed); 2 usage.`;

export interface RotateMasterKeyIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** At most one progress line per this many ms (default 2000); 0: after every batch. */
  readonly progressEveryMs?: number;
}

/** The outcome goes to stdout, progress and the rows it cannot open to stderr; the exit code says whether the old keys can go. */
export async function runRotateMasterKeyCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: RotateMasterKeyIo): Promise<number> {
  let options;
  try {
    options = parseRotateArguments(args);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === null) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(env);
  if (!config.piiMasterKey) {
    io.stderr.write(`PII_MASTER_KEY must be set to the new master key (and PII_PREVIOUS_MASTER_KEYS to the old one)\n\n${USAGE}\n`);
    return 2;
  }
  const keys = new MasterKeyRing(config.piiMasterKey, config.piiPreviousMasterKeys);
  return withCommandDatabase(config, 2, async ({ pool }) => {
    const rotation = new MasterKeyRotation(pool, keys);
    const name = (id: string | null) =>
      id === null
        ? 'no master key recorded'
        : id === keys.currentId
          ? `${id} (PII_MASTER_KEY)`
          : keys.holds(id)
            ? `${id} (previous)`
            : `${id} (not configured)`;
    io.stderr.write(
      `${options.dryRun ? 'Dry run: checking' : 'Re-wrapping'} every data key not under master key ${keys.currentId} (PII_MASTER_KEY); ` +
        `previous keys: ${keys.previousIds.join(', ') || 'none'}\n`,
    );
    for (const { masterKeyId, rows } of await rotation.census()) io.stderr.write(`  ${name(masterKeyId)}: ${rows} data keys\n`);

    const started = Date.now();
    let lastLine = started;
    const progressEveryMs = io.progressEveryMs ?? 2000;
    const progress = (p: MasterKeyRotationProgress) => {
      const now = Date.now();
      if (now - lastLine < progressEveryMs || p.done === p.total) return;
      lastLine = now;
      io.stderr.write(`${formatProgress(p, now - started, options.dryRun)}\n`);
    };
    let result;
    try {
      result = await rotation.run({ batchSize: options.batchSize, dryRun: options.dryRun, progress });
    } catch (error) {
      io.stderr.write(`Stopped: ${(error as Error).message}\n`);
      io.stdout.write(
        'stopped: the batch in progress was rolled back; run the same command again to go on (data keys already under the new key are skipped)\n',
      );
      return 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    if (result.outcome === 'refused') {
      for (const { masterKeyId, rows } of result.unknownMasterKeys)
        io.stderr.write(`${rows} data keys are wrapped by master key ${masterKeyId}, which is neither PII_MASTER_KEY nor in PII_PREVIOUS_MASTER_KEYS\n`);
      io.stdout.write('refused: nothing was changed; add the master key(s) named above to PII_PREVIOUS_MASTER_KEYS and run again\n');
      return 1;
    }
    for (const { keyId, masterKeyId } of result.firstUnopenable)
      io.stderr.write(`cannot open data key ${keyId} (${name(masterKeyId)}): no key given opens it; left as it is\n`);
    if (result.unopenable > result.firstUnopenable.length) io.stderr.write(`… and ${result.unopenable - result.firstUnopenable.length} more\n`);

    const remaining = result.remaining.reduce((sum, entry) => sum + entry.rows, 0);
    if (options.dryRun) {
      io.stdout.write(
        `dry run: ${result.rewrapped} of ${result.total} data keys would be re-wrapped under master key ${keys.currentId}; ` +
          `${result.unopenable} cannot be opened${result.unopenable ? ' (listed above)' : ''}; nothing changed\n`,
      );
      return result.unopenable ? 1 : 0;
    }
    io.stdout.write(`re-wrapped ${result.rewrapped} of ${result.total} data keys under master key ${keys.currentId} in ${seconds} s\n`);
    if (remaining === 0) {
      io.stdout.write(
        'none remains under an old master key: every API and worker can now run without PII_PREVIOUS_MASTER_KEYS (keep the old key in the backup vault as long as your backups of the database)\n',
      );
      return 0;
    }
    io.stdout.write(`still under an old master key: ${remaining} data keys (${describeCensus(result.remaining, name)}); keep PII_PREVIOUS_MASTER_KEYS\n`);
    if (result.unopenable)
      io.stdout.write(
        `no key given opens ${result.unopenable} of them (listed above): add the key they were wrapped with to PII_PREVIOUS_MASTER_KEYS and run again\n`,
      );
    if (remaining > result.unopenable)
      io.stdout.write(
        `${remaining - result.unopenable} of them were wrapped under an old key while this ran: a process still runs with the old PII_MASTER_KEY; restart it with the new settings and run again\n`,
      );
    return 1;
  });
}

interface RotateArguments {
  readonly dryRun: boolean;
  readonly batchSize: number;
}

/** Null for --help; throws a message for a usage mistake. */
function parseRotateArguments(argv: readonly string[]): RotateArguments | null {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'dry-run': { type: 'boolean' }, 'batch-size': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return null;
  const batchSize = values['batch-size'] === undefined ? 500 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error(`--batch-size must be a whole number from 1 to 10000, got "${values['batch-size']}"`);
  return { dryRun: values['dry-run'] ?? false, batchSize };
}

export function formatProgress(p: MasterKeyRotationProgress, elapsedMs: number, dryRun = false): string {
  const percent = p.total ? ((100 * p.done) / p.total).toFixed(1) : '100.0';
  const rate = Math.round(p.done / Math.max(elapsedMs / 1000, 0.001));
  return `${dryRun ? 'checking' : 're-wrapping'}: ${p.done} of ${p.total} data keys (${percent} %) · ${rate}/s${p.unopenable ? ` · ${p.unopenable} cannot be opened` : ''}`;
}

function describeCensus(census: MasterKeyCensus, name: (id: string | null) => string): string {
  return census.map(({ masterKeyId, rows }) => `${name(masterKeyId)}: ${rows}`).join(', ');
}
