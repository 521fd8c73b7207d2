import type { IdeaEvent } from './idea.events';
import { evolve, foldIdea } from './idea.evolve';
import { initialIdea } from './idea.state';
import {
  AT,
  LATER,
  answered,
  assigned,
  diagnosed,
  implemented,
  informationProvided,
  informationRequested,
  markedDuplicate,
  progressed,
  routed,
  SEALED_CONTACT,
  submitted,
  submitterDataErased,
  withdrawn,
} from './testing';

describe('evolve', () => {
  it('starts with no idea', () => {
    expect(initialIdea()).toMatchObject({ status: 'none', id: '', department: null, implementation: { progress: [], completedAt: null } });
  });

  it.each<[string, IdeaEvent[], string]>([
    ['submitted', [submitted()], 'received'],
    ['routed', [submitted(), routed()], 'routed'],
    ['assigned', [submitted(), routed(), assigned()], 'assigned'],
    ['diagnosed', [submitted(), routed(), diagnosed()], 'diagnosed'],
    ['asked (keeps status)', [submitted(), routed(), assigned(), informationRequested()], 'assigned'],
    ['provided (keeps status)', [submitted(), routed(), diagnosed(), informationRequested(), informationProvided()], 'diagnosed'],
    ['answered', [submitted(), routed(), answered()], 'answered'],
    ['progressed', [submitted(), routed(), answered(), progressed()], 'in_implementation'],
    ['implemented', [submitted(), routed(), answered(), progressed(), implemented()], 'implemented'],
    ['withdrawn', [submitted(), routed(), withdrawn()], 'withdrawn'],
    ['marked duplicate', [submitted(), markedDuplicate()], 'duplicate'],
    ['re-routed after diagnosis', [submitted(), routed(), diagnosed(), routed({ department: 'parks' })], 'routed'],
  ])('%s → %s', (_, events, status) => {
    expect(foldIdea(events).status).toBe(status);
  });

  it('records the submission', () => {
    const idea = foldIdea([submitted()]);
    expect(idea).toMatchObject({
      id: 'idea-1',
      publicCode: 'CI-2025-0001',
      title: 'Cykelsti langs Søborg Hovedgade',
      district: 'Brønshøj-Husum',
      language: 'da',
      channel: 'web',
      submittedAt: AT,
      department: null,
    });
  });

  it('clears the assignee when the idea moves to another department', () => {
    const idea = foldIdea([submitted(), routed({ department: 'roads' }), assigned(), routed({ department: 'parks', at: LATER })]);
    expect(idea).toMatchObject({ department: 'parks', assignee: null, routedAt: LATER });
  });

  it('keeps the diagnosis', () => {
    expect(foldIdea([submitted(), routed(), diagnosed({ at: LATER })]).diagnosis).toEqual({
      feasibility: 'feasible',
      costBand: 'medium',
      recommendation: 'accept',
      notes: 'Fits the plan.',
      at: LATER,
    });
  });

  it('opens and closes a question', () => {
    const asked = foldIdea([submitted(), routed(), informationRequested({ at: LATER })]);
    expect(asked.openQuestion).toEqual({ questionId: 'q-1', question: 'Which side of the road?', askedAt: LATER });
    expect(evolve(asked, informationProvided()).openQuestion).toBeNull();
  });

  it.each<[string, IdeaEvent]>([
    ['an answer', answered()],
    ['a withdrawal', withdrawn()],
    ['a duplicate mark', markedDuplicate()],
  ])('closes an open question on %s', (_, event) => {
    expect(foldIdea([submitted(), routed(), informationRequested(), event]).openQuestion).toBeNull();
  });

  it('records the answer', () => {
    expect(foldIdea([submitted(), routed(), answered({ decision: 'declined', at: LATER })])).toMatchObject({
      decision: 'declined',
      publicAnswer: 'Tak!',
      answeredAt: LATER,
    });
  });

  it('records implementation progress in order, then completion', () => {
    const idea = foldIdea([
      submitted(),
      routed(),
      answered(),
      progressed({ percentComplete: 10, at: AT }),
      progressed({ percentComplete: 60, note: 'Half way.', at: LATER }),
      implemented({ at: '2025-06-01T12:00:00Z' }),
    ]);
    expect(idea.implementation).toEqual({
      progress: [
        { note: 'Started.', percentComplete: 10, at: AT },
        { note: 'Half way.', percentComplete: 60, at: LATER },
      ],
      completedAt: '2025-06-01T12:00:00Z',
    });
  });

  it('records withdrawal and duplication', () => {
    expect(foldIdea([submitted(), withdrawn({ at: LATER })]).withdrawnAt).toBe(LATER);
    expect(foldIdea([submitted(), markedDuplicate({ duplicateOf: 'idea-9' })]).duplicateOf).toBe('idea-9');
  });

  it('keeps the contact sealed, as the event carries it', () => {
    expect(foldIdea([submitted()])).toMatchObject({ contact: SEALED_CONTACT, contactErasedAt: null });
  });

  it('forgets the contact on erasure, and keeps the idea and its history', () => {
    const idea = foldIdea([submitted(), routed(), answered({ decision: 'declined' }), submitterDataErased({ at: LATER })]);
    expect(idea).toMatchObject({
      contact: null,
      contactErasedAt: LATER,
      status: 'answered',
      decision: 'declined',
      title: 'Cykelsti langs Søborg Hovedgade',
      department: 'roads',
    });
  });

  it('ignores event types it does not know', () => {
    const before = foldIdea([submitted()]);
    const unknown = { type: 'IdeaSupported', data: { ideaId: 'idea-1', at: AT } } as unknown as IdeaEvent;
    expect(evolve(before, unknown)).toBe(before);
  });

  it('does not mutate the state it is given', () => {
    const before = foldIdea([submitted(), routed(), answered()]);
    const snapshot = structuredClone(before);
    evolve(before, progressed());
    expect(before).toEqual(snapshot);
  });
});
