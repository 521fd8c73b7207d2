import { IDEA_EVENT_TYPES, isIdeaEvent, toIdeaEvent } from './idea.events';

describe('idea events', () => {
  it('lists every event type once', () => {
    expect([...IDEA_EVENT_TYPES].sort()).toEqual(
      [
        'CitizenInformationProvided',
        'CitizenInformationRequested',
        'CitizenNotificationsStopped',
        'IdeaAnswered',
        'IdeaAssigned',
        'IdeaDiagnosed',
        'IdeaImplementationProgressed',
        'IdeaImplemented',
        'IdeaMarkedDuplicate',
        'IdeaRouted',
        'IdeaSubmitted',
        'IdeaWithdrawn',
        'ResponseDeadlineMissed',
        'SubmitterDataErased',
        'PublicTextHidden',
        'PublicTextRestored',
        'IdeaReportsDismissed',
      ].sort(),
    );
  });

  it('recognises its own events and no others', () => {
    expect(isIdeaEvent({ type: 'IdeaRouted' })).toBe(true);
    expect(isIdeaEvent({ type: 'DepartmentCreated' })).toBe(false);
    expect(isIdeaEvent({ type: 'toString' })).toBe(false);
  });

  it('takes a recorded event as an idea event only when its type is one', () => {
    const recorded = { type: 'IdeaWithdrawn', data: { ideaId: 'idea-1', at: '2026-11-24T10:00:00.000Z', reason: null }, streamRevision: 3 };
    const event = toIdeaEvent(recorded);
    expect(event).toBe(recorded);
    expect(event?.type === 'IdeaWithdrawn' && event.data.reason).toBeNull();
    expect(toIdeaEvent({ type: 'DepartmentCreated', data: {} })).toBeNull();
    expect(toIdeaEvent({ type: 'hasOwnProperty', data: {} })).toBeNull();
  });
});
