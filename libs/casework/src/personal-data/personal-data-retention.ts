import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { Clock } from '@civic/platform';
import { PUBLIC_STATUS, SUPPORTS } from '@civic/projections';
import type { SupporterDataEraser } from '../supports/supporter-data-eraser';
import { SubmitterDataEraser } from './submitter-data-eraser';

export const RETENTION_ACTOR = 'system:retention';

export interface RetentionResult {
  readonly due: number;
  readonly erased: number;
  /** Ideas whose erasure failed (the next run tries them again). */
  readonly failed: number;
}

export interface RetentionRunOptions {
  readonly dryRun?: boolean;
  /** Progress on long runs, at most once a second. */
  readonly progress?: (line: string) => void;
}

/**
 * Erases the personal data of ideas closed longer than the retention period
 * (PERSONAL_DATA_RETENTION_MONTHS): answered with anything but "accepted",
 * implemented, withdrawn or marked duplicate. Only those whose data key still
 * exists are due, so a run after a run finds nothing, and a key left behind
 * by an interrupted erasure is picked up. Plain constructor: the retention
 * command runs it without Nest, the jobs issue will schedule it.
 */
export class PersonalDataRetention {
  constructor(
    private readonly db: Pick<Pool, 'query'>,
    private readonly eraser: SubmitterDataEraser,
    private readonly clock: Clock,
    private readonly retentionMonths: number,
    /** Supporters' addresses follow the same rule as the submitter's: erased this long after the idea they support closed. */
    private readonly supporters: SupporterDataEraser | null = null,
  ) {}

  /** Closed before this instant: now minus the period, by the calendar month. */
  cutoff(): Date {
    const cutoff = this.clock.now();
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.retentionMonths);
    return cutoff;
  }

  /** Ids of the ideas due, oldest closed first. Read from the public status read model, which follows the events a moment behind. */
  async due(): Promise<string[]> {
    const { rows } = await this.db.query<{ idea_id: string }>(
      `SELECT p.idea_id::text AS idea_id
         FROM ${PUBLIC_STATUS} p
         JOIN submitter_data_keys k ON k.key_id = p.idea_id::text
         CROSS JOIN LATERAL (SELECT COALESCE(p.closed_at, p.implemented_at, CASE WHEN p.decision <> 'accepted' THEN p.answered_at END) AS closed_at) c
        WHERE c.closed_at < $1
        ORDER BY c.closed_at, p.idea_id`,
      [this.cutoff()],
    );
    return rows.map((row) => row.idea_id);
  }

  /** Supports of ideas closed before the cutoff whose sealed address still has a key (so a run after a run finds none). */
  async dueSupports(): Promise<string[]> {
    if (!this.supporters) return [];
    const { rows } = await this.db.query<{ support_id: string }>(
      `SELECT s.support_id::text AS support_id
         FROM ${SUPPORTS} s
         JOIN ${PUBLIC_STATUS} p ON p.idea_id = s.idea_id
         CROSS JOIN LATERAL (SELECT COALESCE(p.closed_at, p.implemented_at, CASE WHEN p.decision <> 'accepted' THEN p.answered_at END) AS closed_at) c
        WHERE c.closed_at < $1
          AND EXISTS (SELECT 1 FROM submitter_data_keys k WHERE k.key_id IN (SELECT jsonb_array_elements_text(s.key_ids)))
        ORDER BY c.closed_at, s.support_id`,
      [this.cutoff()],
    );
    return rows.map((row) => row.support_id);
  }

  async run(options: RetentionRunOptions = {}): Promise<RetentionResult> {
    const ideas = await this.runIdeas(options);
    const supports = await this.dueSupports();
    if (options.dryRun || supports.length === 0) return { ...ideas, due: ideas.due + supports.length };
    const context = { actor: RETENTION_ACTOR, correlationId: randomUUID() };
    let { erased, failed } = ideas;
    for (const supportId of supports) {
      try {
        await this.supporters!.erase(supportId, 'retention', context);
        erased++;
      } catch (error) {
        failed++;
        options.progress?.(`could not erase supporter ${supportId}: ${(error as Error).message}`);
      }
    }
    return { due: ideas.due + supports.length, erased, failed };
  }

  private async runIdeas(options: RetentionRunOptions): Promise<RetentionResult> {
    const due = await this.due();
    if (options.dryRun) return { due: due.length, erased: 0, failed: 0 };
    const context = { actor: RETENTION_ACTOR, correlationId: randomUUID() };
    let erased = 0;
    let failed = 0;
    let reported = Date.now();
    for (const ideaId of due) {
      try {
        await this.eraser.erase(ideaId, 'retention', context);
        erased++;
      } catch (error) {
        // One idea must not stop the rest; it stays due and the next run tries it again.
        failed++;
        options.progress?.(`could not erase ${ideaId}: ${(error as Error).message}`);
      }
      if (Date.now() - reported >= 1000) {
        reported = Date.now();
        options.progress?.(`erased ${erased} of ${due.length} due`);
      }
    }
    return { due: due.length, erased, failed };
  }
}
