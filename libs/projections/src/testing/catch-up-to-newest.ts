import type { Pool } from 'pg';
import { comparePositions, type EventStore, parsePosition } from '@civic/event-store';
import { eventually } from '@civic/platform/testing';
import { catchUpProjection } from '../runner/catch-up';
import { activeGeneration } from '../runner/generations';
import type { Projection } from '../runner/projection';

/**
 * Catches a projection up to the newest committed event. One pass of
 * catchUpProjection stops below any transaction still open on the server
 * ($all's horizon), and on a shared test server another suite's may be: so
 * pass again until the checkpoint has reached the newest event.
 */
export async function catchUpToNewest(pool: Pool, store: EventStore, projection: Projection, options: { batchSize?: number } = {}): Promise<void> {
  const newest = await store.readNewest();
  await eventually(
    async () => {
      await catchUpProjection(pool, store, projection, options);
      return (await activeGeneration(pool, projection.name)).position;
    },
    (position) => newest === null || (position !== null && comparePositions(parsePosition(position), newest.position) >= 0),
    30_000,
  );
}
