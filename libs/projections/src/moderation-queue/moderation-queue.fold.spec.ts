import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '@civic/event-store';
import { type IdeaEvent, ideaReportStreamId, ideaStreamId, type IdeaReported, type ReportReason } from '@civic/ideas';
import { publicTextHidden, publicTextRestored, reportsDismissed, submitted } from '../../../ideas/src/testing';
import { foldPublicStatus } from '../public-status/public-status.fold';
import type { PublicStatusRow } from '../public-status/public-status.table';
import { foldSimilarIdeas } from '../similar-ideas/similar-ideas.fold';
import type { SimilarIdeasRow } from '../similar-ideas/similar-ideas.table';
import { storedIdeaEvent } from '../testing';
import { foldModerationQueue, moderatedIdeaOf } from './moderation-queue.fold';
import type { ModerationQueueRow } from './moderation-queue.table';

const IDEA = randomUUID();
let position = 0n;

function stored(event: IdeaEvent | IdeaReported, revision = 0): StoredEvent {
  position += 1n;
  const streamId = event.type === 'IdeaReported' ? ideaReportStreamId(event.data.reportId) : ideaStreamId(IDEA);
  return {
    ...event,
    id: randomUUID(),
    metadata: { correlationId: 'c', causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
    streamId,
    streamRevision: revision,
    globalPosition: position,
    position: { commit: position, prepare: position },
    recordedAt: new Date(event.data.at),
  };
}

const report = (reason: ReportReason, at = '2026-12-01T10:00:00.000Z', note: string | null = null): IdeaReported => ({
  type: 'IdeaReported',
  data: { reportId: randomUUID(), ideaId: IDEA, at, reason, note },
});

function queue(...events: StoredEvent[]): ModerationQueueRow | undefined {
  let row: ModerationQueueRow | undefined;
  for (const event of events) {
    const ideaId = moderatedIdeaOf(event);
    if (ideaId === null) continue;
    row = foldModerationQueue(row, event, ideaId) ?? row;
  }
  return row;
}

describe('moderation_queue fold', () => {
  it('counts reports per idea and keeps the newest reasons first', () => {
    const row = queue(stored(report('offensive', '2026-12-01T10:00:00.000Z')), stored(report('spam', '2026-12-01T11:00:00.000Z', 'Adverts')));
    expect(row).toMatchObject({ idea_id: IDEA, open_reports: 2, total_reports: 2, first_open_report_at: '2026-12-01T10:00:00.000Z' });
    expect(row?.recent_reports.map((r) => r.reason)).toEqual(['spam', 'offensive']);
    expect(row?.recent_reports[0].note).toBe('Adverts');
  });

  it('masks e-mail addresses and phone numbers in a note', () => {
    const row = queue(stored(report('other', '2026-12-01T10:00:00.000Z', 'Ring til mig på 12 34 56 78 eller skriv til ole@example.dk')));
    expect(row?.recent_reports[0].note).not.toMatch(/12 34 56 78|ole@example\.dk/);
  });

  it('keeps only the latest five, but counts every report', () => {
    const row = queue(...Array.from({ length: 8 }, () => stored(report('offensive'))));
    expect(row?.open_reports).toBe(8);
    expect(row?.recent_reports).toHaveLength(5);
  });

  it('empties the queue on a dismissal or a hiding; a report after that is open again', () => {
    const dismissed = queue(stored(report('offensive')), stored(reportsDismissed({ ideaId: IDEA }), 1));
    expect(dismissed).toMatchObject({ open_reports: 0, total_reports: 1, review_outcome: 'dismissed', recent_reports: [] });
    const hidden = queue(stored(report('offensive')), stored(publicTextHidden({ ideaId: IDEA }), 1), stored(report('spam')));
    expect(hidden).toMatchObject({ open_reports: 1, total_reports: 2, review_outcome: 'hidden' });
  });

  it('ignores a review of an idea nobody reported, and every other event', () => {
    expect(queue(stored(reportsDismissed({ ideaId: IDEA })))).toBeUndefined();
    expect(moderatedIdeaOf(stored(submitted({ ideaId: IDEA })))).toBeNull();
    expect(moderatedIdeaOf(stored(publicTextRestored({ ideaId: IDEA })))).toBeNull();
  });
});

describe('hidden text in the public read models', () => {
  const history = (...events: IdeaEvent[]) => events.map((event, revision) => storedIdeaEvent(event, revision, { ideaId: IDEA }));

  it('public_status blanks the title and description while hidden, and puts them back on a restore', () => {
    let row: PublicStatusRow | undefined;
    const rows: PublicStatusRow[] = [];
    for (const event of history(
      submitted({ title: 'Rude title', description: 'Rude words' }),
      publicTextHidden({ reason: 'offensive' }),
      publicTextRestored(),
    )) {
      row = foldPublicStatus(row, event) ?? row;
      rows.push(row!);
    }
    expect(rows[1]).toMatchObject({ title: '', description: '', hidden_reason: 'offensive', hidden_text: { title: 'Rude title', description: 'Rude words' } });
    expect(rows[2]).toMatchObject({ title: 'Rude title', description: 'Rude words', hidden_reason: null, hidden_text: null });
  });

  it('similar_ideas blanks them too, so a search neither shows nor matches hidden text', () => {
    let row: SimilarIdeasRow | undefined;
    const rows: SimilarIdeasRow[] = [];
    for (const event of history(submitted({ title: 'Rude title', description: 'Rude words' }), publicTextHidden(), publicTextRestored())) {
      row = foldSimilarIdeas(row, event) ?? row;
      rows.push(row!);
    }
    expect(rows[1]).toMatchObject({ title: '', description: '', hidden_text: { title: 'Rude title', description: 'Rude words' } });
    expect(rows[2]).toMatchObject({ title: 'Rude title', description: 'Rude words', hidden_text: null });
  });
});
