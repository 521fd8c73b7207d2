import type { StoredEvent } from '@civic/event-store';
import type { IdeaEvent } from '@civic/ideas';
import { answered, informationProvided, informationRequested, routed, submitted, submitterDataErased, withdrawn } from '../../../../libs/ideas/src/testing';
import { toAuditView } from './audit.view';

const stored = (events: IdeaEvent[]): StoredEvent[] =>
  events.map((event, revision) => ({
    id: `e-${revision}`,
    type: event.type,
    data: event.data,
    metadata: {
      correlationId: `c-${revision}`,
      causationId: null,
      actor: revision === 0 ? 'citizen' : 'handler-anna',
      occurredAt: event.data.at,
      schemaVersion: 1,
    },
    streamId: 'idea-idea-1',
    streamRevision: revision,
    globalPosition: BigInt(revision),
    position: { commit: BigInt(revision), prepare: BigInt(revision) } as unknown as StoredEvent['position'],
    recordedAt: new Date(Date.UTC(2025, 2, 1, 9, 0, revision)),
  }));

describe('toAuditView', () => {
  it('lists who did what and when, one entry per event in stream order', () => {
    const view = toAuditView('K-2025-000001', 'idea-1', stored([submitted(), routed({ department: 'roads', reason: 'Concerns a road' })]));
    expect(view).toEqual({
      ideaId: 'idea-1',
      publicCode: 'K-2025-000001',
      entries: [
        expect.objectContaining({ revision: 0, type: 'IdeaSubmitted', actor: 'citizen', correlationId: 'c-0', recordedAt: '2025-03-01T09:00:00.000Z' }),
        expect.objectContaining({
          revision: 1,
          type: 'IdeaRouted',
          actor: 'handler-anna',
          changes: {
            department: 'roads',
            previousDepartment: null,
            routedBy: 'hand',
            ruleId: null,
            reason: 'Concerns a road',
            respondBy: '2025-03-15T23:00:00.000Z',
          },
        }),
      ],
    });
    expect(view.entries[0].at).toBe(submitted().data.at);
  });

  it("shows a routing by the routing model with the model's confidence and words", () => {
    const [, entry] = toAuditView(
      'K',
      'idea-1',
      stored([submitted(), routed({ routedBy: 'model', reason: 'Routed automatically', automatic: { confidence: 0.92, words: ['toiletter'] } })]),
    ).entries;
    expect(entry.changes).toMatchObject({ routedBy: 'model', automatic: { confidence: 0.92, words: ['toiletter'] } });
  });

  it('says only that a contact and a location were given, never what they are', () => {
    const [entry] = toAuditView('K', 'idea-1', stored([submitted()])).entries;
    expect(entry.changes).toEqual({
      title: submitted().data.title,
      category: 'roads',
      district: 'Brønshøj-Husum',
      language: 'da',
      channel: 'web',
      contactGiven: true,
      locationGiven: true,
    });
  });

  it("keeps staff's words and leaves out the citizen's own: replies and withdrawal reasons", () => {
    const entries = toAuditView(
      'K',
      'idea-1',
      stored([
        submitted(),
        informationRequested({ questionId: 'q-1', question: 'Which stretch?' }),
        informationProvided({ questionId: 'q-1', answer: 'Ring til mig på 12 34 56 78' }),
        answered({ decision: 'declined', publicAnswer: 'Not this year.' }),
        withdrawn({ reason: 'Jeg er flyttet, Karen' }),
        submitterDataErased({ reason: 'retention' }),
      ]),
    ).entries;
    expect(entries.map((entry) => entry.changes)).toEqual([
      expect.anything(),
      { questionId: 'q-1', question: 'Which stretch?' },
      { questionId: 'q-1' },
      { decision: 'declined', publicAnswer: 'Not this year.' },
      { reasonGiven: true },
      { reason: 'retention' },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/12 34 56 78|Karen|ciphertext|sealed/i);
  });
});
