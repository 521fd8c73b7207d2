import type { StoredEvent } from '@civic/event-store';
import type { IdeaEvent } from '@civic/ideas';
import { WorkingDayCalendar } from '@civic/platform';
import { ideaReactions } from './idea-reactions';

const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const IDEA = '0b8e1c2e-8a54-4d4b-9a53-1c2f3e4d5a6b';
const RESPOND_BY = '2026-12-08T23:00:00.000Z'; // ends Tuesday 8 Dec 2026

let revision = 0;
function stored(event: IdeaEvent, streamRevision = revision++): StoredEvent {
  return {
    id: `event-${event.type}-${streamRevision}`,
    type: event.type,
    data: event.data,
    metadata: {} as StoredEvent['metadata'],
    streamId: `idea-${IDEA}`,
    streamRevision,
    globalPosition: 1n,
    position: {} as StoredEvent['position'],
    recordedAt: new Date(),
  };
}

const routing = (o: Record<string, unknown> = {}): IdeaEvent =>
  ({
    type: 'IdeaRouted',
    data: {
      ideaId: IDEA,
      at: '2026-11-24T10:00:00.000Z',
      department: 'TMF',
      previousDepartment: null,
      routedBy: 'hand',
      ruleId: null,
      reason: '',
      respondBy: RESPOND_BY,
      responseWorkingDays: 10,
      ...o,
    },
  }) as IdeaEvent;

const react = (event: StoredEvent, reminderWorkingDays = 2) => ideaReactions(event, { calendar, reminderWorkingDays });

describe('What each event sets in motion', () => {
  it('a submission: the receipt mail, with an id made of the reaction and the event id', () => {
    const event = stored({ type: 'IdeaSubmitted', data: { ideaId: IDEA } } as IdeaEvent, 0);
    expect(react(event)).toEqual([
      { name: 'citizen-notification', jobId: `citizen-notification.${event.id}`, data: { ideaId: IDEA, eventId: event.id, revision: 0, kind: 'receipt' } },
    ]);
  });

  it('the same event asks for the same jobs every time (a replay enqueues nothing new)', () => {
    const event = stored(routing(), 3);
    expect(react(event)).toEqual(react(event));
  });

  it('a routing: the mail, a reminder N working days ahead and the deadline timer', () => {
    const event = stored(routing(), 3);
    const jobs = react(event);
    expect(jobs.map((job) => job.name)).toEqual(['citizen-notification', 'deadline-reminder', 'deadline-missed']);
    expect(jobs[1]).toMatchObject({
      jobId: `deadline-reminder.${event.id}`,
      runAt: '2026-12-06T23:00:00.000Z',
      data: { routingEventId: event.id, respondBy: RESPOND_BY, dueAt: '2026-12-06T23:00:00.000Z' },
    });
    expect(jobs[2]).toMatchObject({ jobId: `deadline-missed.${event.id}`, runAt: RESPOND_BY, data: { respondBy: RESPOND_BY, dueAt: RESPOND_BY } });
  });

  it('no reminder when configured off, or when the case arrived after its time', () => {
    expect(react(stored(routing(), 3), 0).map((job) => job.name)).toEqual(['citizen-notification', 'deadline-missed']);
    expect(react(stored(routing({ at: '2026-12-07T09:00:00.000Z' }), 3)).map((job) => job.name)).toEqual(['citizen-notification', 'deadline-missed']);
  });

  it('a routing by rule at submission is told in the receipt, not in a mail of its own', () => {
    expect(react(stored(routing({ routedBy: 'rule', ruleId: 'r1' }), 1)).map((job) => job.name)).toEqual(['deadline-reminder', 'deadline-missed']);
  });

  it('a re-routing cancels the earlier timers and sets its own', () => {
    const event = stored(routing({ previousDepartment: 'BUF' }), 5);
    expect(react(event).map((job) => job.name)).toEqual(['citizen-notification', 'cancel-deadline-timers', 'deadline-reminder', 'deadline-missed']);
    expect(react(event)[1]).toMatchObject({ data: { ideaId: IDEA, revision: 5 } });
  });

  it('a routing recorded before deadlines were carried sets no timers', () => {
    expect(react(stored(routing({ respondBy: undefined, responseWorkingDays: undefined }), 3)).map((job) => job.name)).toEqual(['citizen-notification']);
  });

  it.each([
    ['IdeaAnswered', ['citizen-notification', 'cancel-deadline-timers']],
    ['IdeaWithdrawn', ['cancel-deadline-timers']],
    ['IdeaMarkedDuplicate', ['cancel-deadline-timers']],
    ['CitizenInformationRequested', ['citizen-notification']],
    ['IdeaImplementationProgressed', ['citizen-notification']],
    ['IdeaImplemented', ['citizen-notification']],
    ['ResponseDeadlineMissed', ['deadline-escalation']],
    ['IdeaAssigned', []],
    ['IdeaDiagnosed', []],
    ['CitizenInformationProvided', []],
    ['SubmitterDataErased', []],
    ['CitizenNotificationsStopped', []],
  ])('%s asks for %j', (type, names) => {
    expect(react(stored({ type, data: { ideaId: IDEA } } as IdeaEvent, 4)).map((job) => job.name)).toEqual(names);
  });

  it('events of other kinds ask for nothing', () => {
    expect(react({ ...stored(routing(), 2), type: 'SomethingElse' })).toEqual([]);
  });
});
