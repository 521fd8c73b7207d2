import pg from 'pg';

/** `--name 5` or `--name=5`: a positive number, or the fallback when absent. */
export function numberFlag(args: readonly string[], name: string, fallback: number, options: { integer?: boolean } = {}): number {
  const index = args.indexOf(`--${name}`);
  const raw = index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const valid = options.integer ? Number.isInteger(value) && value > 0 : Number.isFinite(value) && value > 0;
  if (!valid) throw new Error(`--${name} must be a positive ${options.integer ? 'whole ' : ''}number, got "${raw}"`);
  return value;
}

/** Work on a short-lived connection (CREATE / DROP DATABASE on the admin database, a count at the end). */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The server's version for the figures line, e.g. "15.20". */
export async function postgresVersion(url: string): Promise<string> {
  return withClient(url, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version.split(' ')[0]);
}
