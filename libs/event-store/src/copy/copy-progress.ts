import type { CopyProgress } from './copy-events';

/**
 * One line for stderr. The total is an estimate: the source's head position
 * when the copy began (PostgreSQL: about the number of events; EventStoreDB: a
 * byte offset in its log, so the percentage is what means something).
 */
export function formatCopyProgress(progress: CopyProgress): string {
  const seconds = Math.max(progress.elapsedMs / 1000, 0.001);
  const rate = Math.round(progress.copied / seconds);
  const parts = [`copied ${progress.copied}`, `skipped ${progress.skipped} already there`];
  if (progress.globalPosition !== null && progress.headGlobalPosition !== null && progress.headGlobalPosition > 0n) {
    const percent = Number((progress.globalPosition * 10_000n) / progress.headGlobalPosition) / 100;
    parts.push(`at position ${progress.globalPosition} of ~${progress.headGlobalPosition} (${Math.min(percent, 100).toFixed(1)} %)`);
  }
  parts.push(`${rate} events/s`, `${seconds.toFixed(1)} s`);
  return `${progress.done ? 'done:' : 'copying:'} ${parts.join(' · ')}`;
}
