import type { PoolClient } from 'pg';

/** The position in $all after which a reactor has enqueued everything; null: from the beginning. */
export async function readReactorCheckpoint(client: PoolClient, name: string): Promise<string | null> {
  await client.query('INSERT INTO reactor_checkpoints (name, position) VALUES ($1, NULL) ON CONFLICT (name) DO NOTHING', [name]);
  const { rows } = await client.query<{ position: string | null }>('SELECT position FROM reactor_checkpoints WHERE name = $1', [name]);
  return rows[0].position;
}

/** Compare-and-set: false when another writer moved the checkpoint meanwhile. */
export async function moveReactorCheckpoint(client: PoolClient, name: string, from: string | null, to: string): Promise<boolean> {
  const result = await client.query('UPDATE reactor_checkpoints SET position = $3, updated_at = now() WHERE name = $1 AND position IS NOT DISTINCT FROM $2', [
    name,
    from,
    to,
  ]);
  return result.rowCount === 1;
}
