import type { StoredEvent } from '@civic/event-store';
import { decide, foldIdea, type IdeaCommand, type IdeaEvent } from '@civic/ideas';
import { WorkingDayCalendar } from '@civic/platform';
import {
  answered,
  answerIdea,
  assigned,
  assignIdea,
  completeImplementation,
  diagnoseIdea,
  IDEA_ID,
  implemented,
  informationRequested,
  markedDuplicate,
  progressed,
  recordProgress,
  routed,
  routeIdea,
  submitIdea,
  submitted,
  withdrawn,
} from '../../../ideas/src/testing';
import { foldDepartmentInbox } from './department-inbox.fold';
import type { DepartmentInboxContext, DepartmentInboxRow } from './department-inbox.row';

const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const context: DepartmentInboxContext = { responseWorkingDays: new Map([['roads', 10], ['parks', 5]]) };

const TUESDAY = '2026-11-24T10:00:00.000Z';
const WEDNESDAY = '2026-11-25T10:00:00.000Z';

function stored(event: IdeaEvent, streamRevision: number): StoredEvent<IdeaEvent['data']> & { type: IdeaEvent['type'] } {
  return {
    id: `event-${streamRevision}`,
    type: event.type,
    data: event.data,
    metadata: { correlationId: 'c', causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
    streamId: `idea-${IDEA_ID}`,
    streamRevision,
    globalPosition: BigInt(streamRevision),
    position: { commit: '0', prepare: String(streamRevision) } as never,
    recordedAt: new Date(event.data.at),
  };
}

/** The row after a whole history, as the runner would fold it. */
function inboxAfter(...events: IdeaEvent[]): DepartmentInboxRow | undefined {
  return events.reduce<DepartmentInboxRow | undefined>((row, event, revision) => foldDepartmentInbox(calendar, row, stored(event, revision), context) ?? row, undefined);
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
      last_activity_at: TUESDAY,
      open: true,
    });
  });

  it("moves a routed idea to the department with a deadline of the department's working days after routing", () => {
    const row = inboxAfter(submitted({ at: TUESDAY }), routed({ at: TUESDAY, department: 'roads' }));
    // Tuesday 24 Nov + 10 working days: the end of Tuesday 8 Dec, Copenhagen time.
    expect(row).toMatchObject({ department: 'roads', status: 'routed', routed_at: TUESDAY, due_at: '2026-12-08T23:00:00.000Z', last_revision: 1 });
  });

  it('uses the configured response deadline of the department', () => {
    const row = inboxAfter(submitted({ at: TUESDAY }), routed({ at: TUESDAY, department: 'parks' }));
    expect(row?.due_at).toBe('2026-12-01T23:00:00.000Z'); // 5 working days
  });

  it('falls back to 10 working days for a department the context does not know', () => {
    expect(inboxAfter(submitted({ at: TUESDAY }), routed({ at: TUESDAY, department: 'culture' }))?.due_at).toBe('2026-12-08T23:00:00.000Z');
  });

  it('skips weekends and Danish public holidays (Christmas) in the deadline', () => {
    // Friday 18 Dec 2026 + 5 working days: 21, 22, 23, 24, (25–27 Christmas and the weekend), 28.
    const row = inboxAfter(submitted({ at: '2026-12-18T09:00:00.000Z' }), routed({ at: '2026-12-18T09:00:00.000Z', department: 'parks' }));
    expect(row?.due_at).toBe(calendar.addWorkingDays(new Date('2026-12-18T09:00:00.000Z'), 5).toISOString());
    expect(row?.due_at).toBe('2026-12-28T23:00:00.000Z');
  });

  it('moves a re-routed idea to the new department, with that department\'s full deadline from the re-routing and no assignee', () => {
    const row = inboxAfter(
      submitted({ at: TUESDAY }),
      routed({ at: TUESDAY, department: 'roads' }),
      assigned({ at: TUESDAY, assignee: 'handler-anna' }),
      routed({ at: WEDNESDAY, department: 'parks', previousDepartment: 'roads' }),
    );
    expect(row).toMatchObject({ department: 'parks', status: 'routed', assignee: null, routed_at: WEDNESDAY, due_at: '2026-12-02T23:00:00.000Z' });
  });

  it('records the assignee and the latest activity, also for questions to the citizen', () => {
    const row = inboxAfter(
      submitted({ at: TUESDAY }),
      routed({ at: TUESDAY }),
      assigned({ at: TUESDAY, assignee: 'handler-bo' }),
      informationRequested({ at: WEDNESDAY }),
    );
    expect(row).toMatchObject({ status: 'assigned', assignee: 'handler-bo', last_activity_at: WEDNESDAY, open: true, last_revision: 3 });
  });

  it('closes an idea answered with anything but accepted, keeping its deadline for the record', () => {
    const row = inboxAfter(submitted({ at: TUESDAY }), routed({ at: TUESDAY }), answered({ at: WEDNESDAY, decision: 'declined' }));
    expect(row).toMatchObject({ status: 'answered', decision: 'declined', answered_at: WEDNESDAY, open: false, due_at: '2026-12-08T23:00:00.000Z' });
  });

  it('keeps an accepted idea open while it is implemented, and closes it when implemented', () => {
    const history = [submitted({ at: TUESDAY }), routed({ at: TUESDAY }), answered({ at: WEDNESDAY, decision: 'accepted' })];
    expect(inboxAfter(...history)).toMatchObject({ status: 'answered', open: true, answered_at: WEDNESDAY });
    expect(inboxAfter(...history, progressed({ at: WEDNESDAY }))).toMatchObject({ status: 'in_implementation', open: true });
    expect(inboxAfter(...history, progressed({ at: WEDNESDAY }), implemented({ at: WEDNESDAY }))).toMatchObject({ status: 'implemented', open: false });
  });

  it('closes withdrawn and duplicate ideas', () => {
    expect(inboxAfter(submitted({ at: TUESDAY }), withdrawn({ at: WEDNESDAY }))).toMatchObject({ status: 'withdrawn', open: false, last_activity_at: WEDNESDAY });
    expect(inboxAfter(submitted({ at: TUESDAY }), routed({ at: TUESDAY }), markedDuplicate({ at: WEDNESDAY }))).toMatchObject({ status: 'duplicate', open: false });
  });

  it('ignores an event with no row to change and an event type it does not know', () => {
    expect(foldDepartmentInbox(calendar, undefined, stored(routed({ at: TUESDAY }), 1), context)).toBeUndefined();
    const row = inboxAfter(submitted({ at: TUESDAY }));
    expect(foldDepartmentInbox(calendar, row, { ...stored(routed({ at: TUESDAY }), 1), type: 'SomethingNew' as never }, context)).toBeUndefined();
  });

  it("agrees with the domain's own status through a whole case decided by decide", () => {
    const commands: IdeaCommand[] = [
      submitIdea({ at: TUESDAY }),
      routeIdea({ at: TUESDAY, department: 'roads', knownDepartments: ['roads', 'parks'] }),
      routeIdea({ at: WEDNESDAY, department: 'parks', knownDepartments: ['roads', 'parks'] }),
      assignIdea({ at: WEDNESDAY }),
      diagnoseIdea({ at: WEDNESDAY }),
      answerIdea({ at: WEDNESDAY, decision: 'accepted' }),
      recordProgress({ at: WEDNESDAY }),
      completeImplementation({ at: WEDNESDAY }),
    ];
    const events: IdeaEvent[] = [];
    let row: DepartmentInboxRow | undefined;
    for (const command of commands) {
      for (const event of decide(command, foldIdea(events))) {
        row = foldDepartmentInbox(calendar, row, stored(event, events.length), context) ?? row;
        events.push(event);
        const idea = foldIdea(events);
        expect({ status: row?.status, department: row?.department, assignee: row?.assignee }).toEqual({ status: idea.status, department: idea.department, assignee: idea.assignee });
      }
    }
    expect(row).toMatchObject({ open: false, department: 'parks' });
  });
});
