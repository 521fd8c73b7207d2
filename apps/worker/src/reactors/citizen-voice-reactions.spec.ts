import type { StoredEvent } from '@civic/event-store';
import { satisfactionReactions } from './satisfaction-reactions';
import { supportReactions } from './support-reactions';

const IDEA = '11111111-2222-4333-8444-555555555555';
const stored = (type: string, data: object, streamId: string, streamRevision = 0) =>
  ({ id: `event-${type}-${streamRevision}`, type, data, streamId, streamRevision }) as unknown as StoredEvent;

describe('What supports and answers set in motion', () => {
  it('mails a confirmation link for each support request, under the event’s id', () => {
    const requested = stored('SupportRequested', { supportId: 's-1', ideaId: IDEA }, 'support-s-1', 2);
    expect(supportReactions(requested)).toEqual([
      { name: 'support-confirmation', jobId: 'support-confirmation.event-SupportRequested-2', data: { supportId: 's-1', eventId: requested.id, revision: 2 } },
    ]);
    expect(supportReactions(stored('SupportConfirmed', { supportId: 's-1', ideaId: IDEA }, 'support-s-1', 3))).toEqual([]);
  });

  it('sets the follow-up N days after an answer or an implementation, one job id per idea', () => {
    const answered = stored('IdeaAnswered', { ideaId: IDEA, at: '2026-12-01T10:00:00.000Z' }, `idea-${IDEA}`, 4);
    const implemented = stored('IdeaImplemented', { ideaId: IDEA, at: '2027-02-01T10:00:00.000Z' }, `idea-${IDEA}`, 7);
    const [first] = satisfactionReactions(answered, 28);
    const [second] = satisfactionReactions(implemented, 28);
    expect(first).toEqual({
      name: 'satisfaction-follow-up',
      jobId: `satisfaction-follow-up.${IDEA}`,
      data: { ideaId: IDEA, eventId: answered.id, subject: 'answered', dueAt: '2026-12-29T10:00:00.000Z' },
      runAt: '2026-12-29T10:00:00.000Z',
    });
    expect(second.jobId).toBe(first.jobId);
    expect(second.data).toMatchObject({ subject: 'implemented', dueAt: '2027-03-01T10:00:00.000Z' });
    expect(satisfactionReactions(stored('IdeaRouted', { ideaId: IDEA, at: '2026-12-01T10:00:00.000Z' }, `idea-${IDEA}`), 28)).toEqual([]);
  });
});
