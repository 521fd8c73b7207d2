import { IDEA_EVENT_TYPES, isIdeaEvent } from './idea.events';

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
      ].sort(),
    );
  });

  it('recognises its own events and no others', () => {
    expect(isIdeaEvent({ type: 'IdeaRouted' })).toBe(true);
    expect(isIdeaEvent({ type: 'DepartmentCreated' })).toBe(false);
    expect(isIdeaEvent({ type: 'toString' })).toBe(false);
  });
});
