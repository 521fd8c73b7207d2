import { decide, foldIdea, type IdeaCommand, type IdeaEvent, type IdeaRoutedData } from '@civic/ideas';
import { WorkingDayCalendar } from '@civic/platform';
import {
  answered,
  answerIdea,
  assigned,
  assignIdea,
  completeImplementation,
  deadlineMissed,
  diagnoseIdea,
  IDEA_ID,
  implemented,
  informationRequested,
  informationProvided,
  diagnosed,
  markedDuplicate,
  notificationsStopped,
  progressed,
  recordMissedDeadline,
  recordProgress,
  routed,
  routeIdea,
  submitIdea,
  stopCitizenNotifications,
  submitted,
  withdrawn,
} from '../../../ideas/src/testing';
import { storedIdeaEvent as stored } from '../testing';
import { type DepartmentInboxContext, foldDepartmentInbox } from './department-inbox.fold';
import type { DepartmentInboxRow } from './department-inbox.table';

const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const context: DepartmentInboxContext = { calendar };

const TUESDAY = '2026-11-24T10:00:00.000Z';
const WEDNESDAY = '2026-11-25T10:00:00.000Z';
/** Tuesday 24 Nov + 10 working days: the end of Tuesday 8 Dec, Copenhagen time, as the API dates it when routing. */
const DUE = '2026-12-08T23:00:00.000Z';
/** The day after DUE: the deadline job records the miss. */
const MISSED = '2026-12-09T07:00:00.000Z';

/** The row after a whole history, as the runner would fold it. */
function inboxAfter(...events: IdeaEvent[]): DepartmentInboxRow | undefined {
  return events.reduce<DepartmentInboxRow | undefined>((row, event, revision) => foldDepartmentInbox(row, stored(event, revision), context) ?? row, undefined);
}

/** A routing as recorded today: it carries the deadline in force. */
const routedTo = (department: string, at = TUESDAY, o: Partial<IdeaRoutedData> = {}) =>
  routed({ at, department, respondBy: DUE, responseWorkingDays: 10, ...o });

/** A routing recorded before events carried their deadline. */
function legacyRouted(department: string, at = TUESDAY, o: Partial<IdeaRoutedData> = {}): IdeaEvent {
  const { respondBy: _respondBy, responseWorkingDays: _workingDays, ...data } = routed({ at, department, ...o }).data;
  return { type: 'IdeaRouted', data };
}

describe('department inbox fold', () => {
  it('puts a new idea in the triage inbox: open, no department, no deadline', () => {
    expect(inboxAfter(submitted({ at: TUESDAY }))).toEqual({
      idea_id: IDEA_ID,
      last_revision: 0,
      public_code: 'CI-2025-0001',
      title: 'Cykelsti langs Søborg Hovedgade',
      category: 'roads',
      district: 'Brønshøj-Husum',
      department: null,
      status: 'received',
      assignee: null,
      decision: null,
      received_at: TUESDAY,
      routed_at: null,
      due_at: null,
      answered_at: null,
      deadline_missed_at: null,
      last_activity_at: TUESDAY,
      question_open: false,
      citizen_replied: false,
      open: true,
    });
  });

  it('moves a routed idea to the department with the deadline the routing event carries', () => {
    const row = inboxAfter(submitted({ at: TUESDAY }), routedTo('roads'));
    expect(row).toMatchObject({ department: 'roads', status: 'routed', routed_at: TUESDAY, due_at: DUE, last_revision: 1 });
  });

  it("takes the event's deadline as it is, not the department's rule today", () => {
    // parks has 5 working days in the context; the event says otherwise (the rule was changed since).
    const row = inboxAfter(submitted({ at: TUESDAY }), routedTo('parks', TUESDAY, { respondBy: '2026-12-15T23:00:00.000Z', responseWorkingDays: 15 }));
    expect(row?.due_at).toBe('2026-12-15T23:00:00.000Z');
  });

  it('normalises the deadline to an ISO instant in UTC', () => {
    expect(inboxAfter(submitted({ at: TUESDAY }), routedTo('roads', TUESDAY, { respondBy: '2026-12-09T00:00:00+01:00' }))?.due_at).toBe(DUE);
  });

  it("moves a re-routed idea to the new department with no assignee, keeping the deadline: a hand-over does not move the citizen's date", () => {
    const row = inboxAfter(
      submitted({ at: TUESDAY }),
      routedTo('roads'),
      assigned({ at: TUESDAY, assignee: 'handler-anna' }),
      routedTo('parks', WEDNESDAY, { previousDepartment: 'roads' }),
    );
    expect(row).toMatchObject({ department: 'parks', status: 'routed', assignee: null, routed_at: WEDNESDAY, due_at: DUE });
  });

  describe('routings recorded before events carried their deadline', () => {
    it('date the first routing 10 working days after it, whatever the department (the event alone decides, not a rule as it stands today)', () => {
      expect(inboxAfter(submitted({ at: TUESDAY }), legacyRouted('roads'))?.due_at).toBe('2026-12-08T23:00:00.000Z');
      expect(inboxAfter(submitted({ at: TUESDAY }), legacyRouted('parks'))?.due_at).toBe('2026-12-08T23:00:00.000Z');
    });

    it('skip weekends and Danish public holidays (Christmas, New Year) in the deadline', () => {
      // Friday 18 Dec 2026 + 10 working days: 21, 22, 23, 24, (25–27), 28, 29, 30, 31, (1–3 Jan), 4, 5.
      const row = inboxAfter(submitted({ at: '2026-12-18T09:00:00.000Z' }), legacyRouted('parks', '2026-12-18T09:00:00.000Z'));
      expect(row?.due_at).toBe(calendar.addWorkingDays(new Date('2026-12-18T09:00:00.000Z'), 10).toISOString());
      expect(row?.due_at).toBe('2027-01-05T23:00:00.000Z');
    });

    it('keep the first deadline on a re-routing without one, as the report does', () => {
      const row = inboxAfter(submitted({ at: TUESDAY }), legacyRouted('roads'), legacyRouted('parks', WEDNESDAY, { previousDepartment: 'roads' }));
      expect(row).toMatchObject({ department: 'parks', routed_at: WEDNESDAY, due_at: '2026-12-08T23:00:00.000Z' }); // not parks' 5 days from Wednesday
    });

    it('give way to a later routing that carries a deadline: that one is in force', () => {
      const row = inboxAfter(
        submitted({ at: TUESDAY }),
        legacyRouted('roads'),
        routedTo('parks', WEDNESDAY, { previousDepartment: 'roads', respondBy: '2026-12-02T23:00:00.000Z', responseWorkingDays: 5 }),
      );
      expect(row?.due_at).toBe('2026-12-02T23:00:00.000Z');
    });
  });

  it('records the assignee and the latest activity, also for questions to the citizen', () => {
    const row = inboxAfter(
      submitted({ at: TUESDAY }),
      routedTo('roads'),
      assigned({ at: TUESDAY, assignee: 'handler-bo' }),
      informationRequested({ at: WEDNESDAY }),
    );
    expect(row).toMatchObject({ status: 'assigned', assignee: 'handler-bo', last_activity_at: WEDNESDAY, open: true, last_revision: 3 });
  });

  it('marks a question open until the citizen replies, and the reply as news until staff act on the case', () => {
    const asked = [submitted({ at: TUESDAY }), routedTo('roads'), assigned({ at: TUESDAY }), informationRequested({ at: TUESDAY })];
    expect(inboxAfter(...asked)).toMatchObject({ question_open: true, citizen_replied: false });
    const replied = [...asked, informationProvided({ at: WEDNESDAY })];
    expect(inboxAfter(...replied)).toMatchObject({ question_open: false, citizen_replied: true, last_activity_at: WEDNESDAY });
    expect(inboxAfter(...replied, diagnosed({ at: WEDNESDAY }))).toMatchObject({ question_open: false, citizen_replied: false, status: 'diagnosed' });
  });

  it('records a missed deadline once, as no activity on the case, and keeps it through a late answer', () => {
    const history = [submitted({ at: TUESDAY }), routedTo('roads'), assigned({ at: WEDNESDAY, assignee: 'handler-bo' })];
    const missed = inboxAfter(...history, deadlineMissed({ at: MISSED, respondBy: DUE, department: 'roads', assignee: 'handler-bo' }));
    expect(missed).toMatchObject({ deadline_missed_at: MISSED, due_at: DUE, status: 'assigned', open: true, last_activity_at: WEDNESDAY, last_revision: 3 });
    expect(foldDepartmentInbox(missed, stored(deadlineMissed({ at: '2026-12-10T07:00:00.000Z', respondBy: DUE }), 4), context)).toBeUndefined();
    const answeredLate = inboxAfter(
      ...history,
      deadlineMissed({ at: MISSED, respondBy: DUE }),
      answered({ at: '2026-12-10T09:00:00.000Z', decision: 'declined' }),
    );
    expect(answeredLate).toMatchObject({ deadline_missed_at: MISSED, answered_at: '2026-12-10T09:00:00.000Z', open: false });
  });

  it('leaves the row alone when the citizen stops the e-mails', () => {
    const row = inboxAfter(submitted({ at: TUESDAY }), routedTo('roads'));
    expect(foldDepartmentInbox(row, stored(notificationsStopped({ at: WEDNESDAY }), 2), context)).toBeUndefined();
  });

  it('closes an idea answered with anything but accepted, keeping its deadline for the record', () => {
    const row = inboxAfter(submitted({ at: TUESDAY }), routedTo('roads'), answered({ at: WEDNESDAY, decision: 'declined' }));
    expect(row).toMatchObject({ status: 'answered', decision: 'declined', answered_at: WEDNESDAY, open: false, due_at: DUE, deadline_missed_at: null });
  });

  it('keeps an accepted idea open while it is implemented, and closes it when implemented', () => {
    const history = [submitted({ at: TUESDAY }), routedTo('roads'), answered({ at: WEDNESDAY, decision: 'accepted' })];
    expect(inboxAfter(...history)).toMatchObject({ status: 'answered', open: true, answered_at: WEDNESDAY });
    expect(inboxAfter(...history, progressed({ at: WEDNESDAY }))).toMatchObject({ status: 'in_implementation', open: true });
    expect(inboxAfter(...history, progressed({ at: WEDNESDAY }), implemented({ at: WEDNESDAY }))).toMatchObject({ status: 'implemented', open: false });
  });

  it('closes withdrawn and duplicate ideas', () => {
    expect(inboxAfter(submitted({ at: TUESDAY }), withdrawn({ at: WEDNESDAY }))).toMatchObject({
      status: 'withdrawn',
      open: false,
      last_activity_at: WEDNESDAY,
    });
    expect(inboxAfter(submitted({ at: TUESDAY }), routedTo('roads'), markedDuplicate({ at: WEDNESDAY }))).toMatchObject({ status: 'duplicate', open: false });
  });

  it('ignores an event with no row to change and an event type it does not know', () => {
    expect(foldDepartmentInbox(undefined, stored(routedTo('roads'), 1), context)).toBeUndefined();
    const row = inboxAfter(submitted({ at: TUESDAY }));
    expect(foldDepartmentInbox(row, { ...stored(routedTo('roads'), 1), type: 'SomethingNew' as never }, context)).toBeUndefined();
  });

  it("agrees with the domain's own status, deadline and recorded miss through a whole case decided by decide", () => {
    const LATE = '2026-12-10T09:00:00.000Z';
    const deadline = { respondBy: DUE, workingDays: 10 };
    const commands: IdeaCommand[] = [
      submitIdea({ at: TUESDAY }),
      routeIdea({ at: TUESDAY, department: 'roads', knownDepartments: ['roads', 'parks'], responseDeadline: deadline }),
      // The API dates every routing by the receiving department's rule; the domain keeps the first promise.
      routeIdea({
        at: WEDNESDAY,
        department: 'parks',
        knownDepartments: ['roads', 'parks'],
        responseDeadline: { respondBy: '2026-12-02T23:00:00.000Z', workingDays: 5 },
      }),
      assignIdea({ at: WEDNESDAY }),
      diagnoseIdea({ at: WEDNESDAY }),
      recordMissedDeadline({ at: MISSED, respondBy: DUE }),
      stopCitizenNotifications({ at: MISSED }),
      answerIdea({ at: LATE, decision: 'accepted' }),
      recordProgress({ at: LATE }),
      completeImplementation({ at: LATE }),
    ];
    const events: IdeaEvent[] = [];
    let row: DepartmentInboxRow | undefined;
    for (const command of commands) {
      for (const event of decide(command, foldIdea(events))) {
        row = foldDepartmentInbox(row, stored(event, events.length), context) ?? row;
        events.push(event);
        const idea = foldIdea(events);
        expect({
          status: row?.status,
          department: row?.department,
          assignee: row?.assignee,
          due_at: row?.due_at ?? null,
          missed: Boolean(row?.deadline_missed_at),
        }).toEqual({
          status: idea.status,
          department: idea.department,
          assignee: idea.assignee,
          due_at: idea.respondBy,
          missed: idea.missedDeadline !== null,
        });
      }
    }
    expect(events.map((event) => event.type)).toContain('ResponseDeadlineMissed');
    expect(row).toMatchObject({ open: false, department: 'parks', due_at: DUE, deadline_missed_at: MISSED });
  });
});
