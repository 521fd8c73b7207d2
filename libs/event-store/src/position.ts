/**
 * Where an event stands in the global order ($all). Opaque to projections,
 * which store it as a string; only the adapter that made it compares it.
 * PostgreSQL: commit = the writing transaction's id, prepare = the row's position.
 * EventStoreDB: its own commit/prepare positions.
 */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: Position = Object.freeze({ commit: 0n, prepare: 0n });

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function positionToString(position: Position): string {
  return `${position.commit}/${position.prepare}`;
}

export function parsePosition(text: string): Position {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) throw new Error(`Not an event store position: "${text}"`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
