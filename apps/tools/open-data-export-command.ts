import { DEFAULT_OPEN_DATA_LICENCE, loadConfig, SystemClock } from '@civic/platform';
import { exportOpenData } from '@civic/projections';
import { dryRunArguments } from './dry-run-arguments';
import { withCommandDatabase } from './command-database';

const USAGE = `npm run open-data:export

Writes the open-data files (ideas.csv, ideas.json, README.md) afresh from the
public record, as the daily job does (OPEN_DATA_SCHEDULE); GET /open-data serves
them. The README states OPEN_DATA_LICENCE. --dry-run only counts the ideas.
Uses DATABASE_URL, or the embedded PostgreSQL of \`npm start\` when it is unset.`;

export interface OpenDataExportIo {
  readonly stdout: { write(line: string): unknown };
  readonly stderr: { write(line: string): unknown };
}

/** Exit code: 0 written, 1 no public status to export yet, 2 bad arguments. */
export async function runOpenDataExport(args: readonly string[], env: NodeJS.ProcessEnv, io: OpenDataExportIo): Promise<number> {
  const parsed = dryRunArguments(args, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const config = loadConfig(env);
  return withCommandDatabase(config, 2, async ({ pool }) => {
    const { rows: view } = await pool.query(`SELECT to_regclass('public_status') IS NOT NULL AS there`);
    if (!view[0].there) {
      io.stderr.write('The public status read model is not there yet: start the worker once (it builds it), then run this again.\n');
      return 1;
    }
    if (parsed.dryRun) {
      const { rows } = await pool.query('SELECT count(*)::int AS n FROM public_status');
      io.stdout.write(`${rows[0].n} ideas would be exported; nothing written (--dry-run)\n`);
      return 0;
    }
    const result = await exportOpenData(pool, { licence: config.jobs.openDataLicence ?? DEFAULT_OPEN_DATA_LICENCE, now: new SystemClock().now() });
    io.stdout.write(`exported ${result.ideas} ideas: ${result.files.map((file) => `${file.name} (${file.bytes} bytes)`).join(', ')}\n`);
    return 0;
  });
}
