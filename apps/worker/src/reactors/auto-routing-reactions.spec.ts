import type { StoredEvent } from '@civic/event-store';
import type { IdeaEvent } from '@civic/ideas';
import { autoRoutingReactions } from './auto-routing-reactions';

const IDEA = '0b8e1c2e-8a54-4d4b-9a53-1c2f3e4d5a6b';
const stored = (event: IdeaEvent, streamRevision: number): StoredEvent => ({
  id: `event-${event.type}-${streamRevision}`,
  type: event.type,
  data: event.data,
  metadata: {} as StoredEvent['metadata'],
  streamId: `idea-${IDEA}`,
  streamRevision,
  globalPosition: 1n,
  position: {} as StoredEvent['position'],
  recordedAt: new Date(),
});
const submission = stored({ type: 'IdeaSubmitted', data: { ideaId: IDEA } } as IdeaEvent, 0);

describe('Automatic routing, as the reactor asks for it', () => {
  it('a submission asks for one auto-routing job, its id made of the reaction and the event id', () =>
    expect(autoRoutingReactions(submission, 0.9)).toEqual([
      { name: 'auto-routing', jobId: `auto-routing.${submission.id}`, data: { ideaId: IDEA, eventId: submission.id, revision: 0 } },
    ]));

  it('asks for nothing while automatic routing is off (AUTO_ROUTING_MIN_CONFIDENCE unset)', () => {
    expect(autoRoutingReactions(submission, null)).toEqual([]);
    expect(autoRoutingReactions(submission, undefined)).toEqual([]);
  });

  it('asks for nothing on any other event, a routing included', () =>
    expect(autoRoutingReactions(stored({ type: 'IdeaRouted', data: { ideaId: IDEA } } as IdeaEvent, 1), 0.9)).toEqual([]));
});
