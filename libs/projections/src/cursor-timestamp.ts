const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/**
 * A UTC timestamp as a cursor carries it, that PostgreSQL reads as the same
 * instant: Date.parse lets 31 February roll over into March and takes year 0,
 * which PostgreSQL refuses (a 500 for a forged cursor).
 */
export function isCursorTimestamp(text: string): boolean {
  if (!ISO_TIMESTAMP.test(text) || text.startsWith('0000')) return false;
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === text.slice(0, 19);
}
