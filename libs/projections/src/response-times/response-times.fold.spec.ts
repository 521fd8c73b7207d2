import type { IdeaEvent, IdeaRoutedData } from '@civic/ideas';
import { WorkingDayCalendar } from '@civic/platform';
import {
  answered,
  assigned,
  deadlineMissed,
  diagnosed,
  implemented,
  informationProvided,
  informationRequested,
  markedDuplicate,
  notificationsStopped,
  progressed,
  routed,
  submitted,
  withdrawn,
} from '../../../ideas/src/testing';
import { storedIdeaEvent, storedIdeaEvents } from '../testing';
import { foldResponseTimes, type ResponseTimesContext } from './response-times.fold';
import type { ResponseTimesRow } from './response-times.table';

const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const context: ResponseTimesContext = {
  calendar,
  responseWorkingDays: new Map([
    ['TMF', 10],
    ['KFF', 5],
  ]),
};

// Tuesday 24 November 2026, Copenhagen (UTC+1).
const RECEIVED = '2026-11-24T09:00:00.000Z';
const ROUTED = '2026-11-24T10:00:00.000Z';

function fold(...events: IdeaEvent[]): ResponseTimesRow | undefined {
  return storedIdeaEvents(events).reduce<ResponseTimesRow | undefined>((row, event) => foldResponseTimes(row, event, context) ?? row, undefined);
}

const received = () => submitted({ at: RECEIVED, district: 'amager-oest', category: 'traffic' });
/** What the API promises at a first routing on ROUTED: the department's working days, to Copenhagen midnight. */
const PROMISE: Record<string, Pick<IdeaRoutedData, 'respondBy' | 'responseWorkingDays'>> = {
  TMF: { respondBy: '2026-12-08T23:00:00.000Z', responseWorkingDays: 10 },
  KFF: { respondBy: '2026-12-01T23:00:00.000Z', responseWorkingDays: 5 },
};
/** A routing as recorded today, carrying the deadline in force (by default the first routing's to that department). */
const routedTo = (department: string, at = ROUTED, previousDepartment: string | null = null, deadline = PROMISE[department]) =>
  routed({ at, department, previousDepartment, ...deadline });
/** A routing recorded before events carried their deadline. */
function legacyRoutedTo(department: string, at = ROUTED, previousDepartment: string | null = null): IdeaEvent {
  const { respondBy: _respondBy, responseWorkingDays: _workingDays, ...data } = routed({ at, department, previousDepartment }).data;
  return { type: 'IdeaRouted', data };
}

describe('the response_times fold', () => {
  it('starts a row at submission, with where the idea is from and what it is about', () => {
    expect(fold(received())).toEqual({
      idea_id: 'idea-1',
      last_revision: 0,
      received_at: RECEIVED,
      routed_at: null,
      department: null,
      district: 'amager-oest',
      category: 'traffic',
      first_response_at: null,
      answered_at: null,
      decision: null,
      implemented_at: null,
      closed_at: null,
      outcome: null,
      response_working_days: null,
      due_at: null,
      working_days_to_answer: null,
      hours_to_answer: null,
      answered_within_deadline: null,
      deadline_missed_at: null,
    });
  });

  it('sets the deadline at the first routing: the one the routing event carries, with its working days', () => {
    expect(fold(received(), routedTo('TMF'))).toMatchObject({
      routed_at: ROUTED,
      department: 'TMF',
      response_working_days: 10,
      due_at: '2026-12-08T23:00:00.000Z', // midnight ending Tuesday 8 December, Copenhagen
    });
    expect(fold(received(), routedTo('KFF'))).toMatchObject({ response_working_days: 5, due_at: '2026-12-01T23:00:00.000Z' });
  });

  it("takes the event's deadline, not the department's rule today", () => {
    const row = fold(received(), routedTo('KFF', ROUTED, null, { respondBy: '2026-12-22T23:00:00+00:00', responseWorkingDays: 20 }));
    expect(row).toMatchObject({ response_working_days: 20, due_at: '2026-12-22T23:00:00.000Z' });
  });

  it('keeps the original promise when re-routed: the department moves, routed_at and the deadline stay', () => {
    const row = fold(received(), routedTo('KFF'), routedTo('TMF', '2026-11-27T12:00:00.000Z', 'KFF', PROMISE.KFF));
    expect(row).toMatchObject({ routed_at: ROUTED, department: 'TMF', response_working_days: 5, due_at: '2026-12-01T23:00:00.000Z' });
  });

  describe('routings recorded before events carried their deadline', () => {
    it("date the first routing by the department's working days after it, as configured today", () => {
      expect(fold(received(), legacyRoutedTo('TMF'))).toMatchObject({ response_working_days: 10, due_at: '2026-12-08T23:00:00.000Z' });
      expect(fold(received(), legacyRoutedTo('KFF'))).toMatchObject({ response_working_days: 5, due_at: '2026-12-01T23:00:00.000Z' });
    });

    it("use the departments' default of 10 working days for a department it does not know", () => {
      expect(fold(received(), legacyRoutedTo('GONE'))).toMatchObject({ department: 'GONE', response_working_days: 10, due_at: '2026-12-08T23:00:00.000Z' });
    });

    it('keep the first deadline on a re-routing without one', () => {
      const row = fold(received(), legacyRoutedTo('KFF'), legacyRoutedTo('TMF', '2026-11-27T12:00:00.000Z', 'KFF'));
      expect(row).toMatchObject({ routed_at: ROUTED, department: 'TMF', response_working_days: 5, due_at: '2026-12-01T23:00:00.000Z' });
    });

    it('give way to a later routing that carries a deadline: that one is in force, as in the inbox', () => {
      const later = { respondBy: '2026-12-11T23:00:00.000Z', responseWorkingDays: 10 };
      const row = fold(received(), legacyRoutedTo('KFF'), routedTo('TMF', '2026-11-27T12:00:00.000Z', 'KFF', later));
      expect(row).toMatchObject({ routed_at: ROUTED, department: 'TMF', response_working_days: 10, due_at: '2026-12-11T23:00:00.000Z' });
    });
  });

  it('records the first missed deadline, and keeps it when the idea is answered late', () => {
    const missed = fold(received(), routedTo('KFF'), deadlineMissed({ at: '2026-12-02T07:00:00.000Z', respondBy: PROMISE.KFF.respondBy, department: 'KFF' }));
    expect(missed).toMatchObject({ deadline_missed_at: '2026-12-02T07:00:00.000Z', answered_at: null });
    expect(foldResponseTimes(missed, storedIdeaEvent(deadlineMissed({ at: '2026-12-03T07:00:00.000Z' }), 4), context)).toBeUndefined();
    const late = fold(received(), routedTo('KFF'), deadlineMissed({ at: '2026-12-02T07:00:00+00:00' }), answered({ at: '2026-12-03T09:00:00.000Z' }));
    expect(late).toMatchObject({ deadline_missed_at: '2026-12-02T07:00:00.000Z', answered_within_deadline: false });
  });

  it('answers: working days and real hours from receipt, within the deadline, first response = the answer', () => {
    // Friday 27 November, 15:30 Copenhagen: Wed, Thu, Fri = 3 working days; 72 + 5.5 hours.
    const row = fold(received(), routedTo('TMF'), answered({ at: '2026-11-27T14:30:00.000Z', decision: 'declined' }));
    expect(row).toMatchObject({
      answered_at: '2026-11-27T14:30:00.000Z',
      decision: 'declined',
      first_response_at: '2026-11-27T14:30:00.000Z',
      working_days_to_answer: 3,
      hours_to_answer: 77.5,
      answered_within_deadline: true,
    });
  });

  it('counts a question to the citizen as the first response, and the answer does not move it', () => {
    const row = fold(
      received(),
      routedTo('TMF'),
      informationRequested({ at: '2026-11-25T08:00:00.000Z' }),
      informationProvided({ at: '2026-11-26T08:00:00.000Z' }),
      informationRequested({ at: '2026-11-27T08:00:00.000Z', questionId: 'q-2' }),
      answered({ at: '2026-11-30T08:00:00.000Z' }),
    );
    expect(row).toMatchObject({ first_response_at: '2026-11-25T08:00:00.000Z', answered_at: '2026-11-30T08:00:00.000Z', working_days_to_answer: 4 });
  });

  it('judges the deadline to the minute: answered on the last day is in time, the day after is late', () => {
    const lastMinute = fold(received(), routedTo('TMF'), answered({ at: '2026-12-08T22:59:00.000Z' }));
    expect(lastMinute).toMatchObject({ working_days_to_answer: 10, answered_within_deadline: true });
    const nextMorning = fold(received(), routedTo('TMF'), answered({ at: '2026-12-09T07:00:00.000Z' }));
    expect(nextMorning).toMatchObject({ working_days_to_answer: 11, answered_within_deadline: false });
  });

  it('records the implementation', () => {
    const row = fold(
      received(),
      routedTo('TMF'),
      answered({ at: '2026-11-27T14:30:00.000Z' }),
      progressed({ at: '2027-01-10T09:00:00.000Z' }),
      implemented({ at: '2027-03-02T09:00:00.000Z' }),
    );
    expect(row).toMatchObject({ implemented_at: '2027-03-02T09:00:00.000Z', answered_at: '2026-11-27T14:30:00.000Z' });
  });

  it('closes a withdrawn or duplicate idea with its outcome, unanswered', () => {
    expect(fold(received(), withdrawn({ at: '2026-11-25T09:00:00.000Z' }))).toMatchObject({
      closed_at: '2026-11-25T09:00:00.000Z',
      outcome: 'withdrawn',
      answered_at: null,
    });
    expect(fold(received(), routedTo('TMF'), markedDuplicate({ at: '2026-11-26T09:00:00.000Z' }))).toMatchObject({
      closed_at: '2026-11-26T09:00:00.000Z',
      outcome: 'duplicate',
    });
  });

  it('normalises event times to ISO instants in UTC', () => {
    expect(fold(submitted({ at: '2026-11-24T10:00:00+01:00' }))?.received_at).toBe(RECEIVED);
  });

  it('leaves the row alone for events it does not measure', () => {
    const row = fold(received(), routedTo('TMF'));
    for (const event of [assigned(), diagnosed(), progressed(), informationProvided(), notificationsStopped()]) {
      expect(foldResponseTimes(row, storedIdeaEvent(event, 9), context)).toBeUndefined();
    }
  });

  it('ignores events of an idea it never saw submitted, and a second submission', () => {
    expect(foldResponseTimes(undefined, storedIdeaEvent(answered(), 1), context)).toBeUndefined();
    expect(foldResponseTimes(fold(received()), storedIdeaEvent(received(), 1), context)).toBeUndefined();
  });
});
