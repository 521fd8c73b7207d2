import { randomUUID } from 'node:crypto';
import type { IdeaEvent } from '@civic/ideas';
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
import { storedIdeaEvents } from '../testing';
import { foldPublicStatus } from './public-status.fold';
import { MASKS } from './public-status.masking';
import type { PublicStatusRow } from './public-status.table';

const IDEA = randomUUID();
const RECORDED_LATE = new Date('2030-01-01T00:00:00.000Z');

/** In the stream of IDEA (the fixtures' events name another id: the row takes the stream's), recorded long after. */
const stored = (events: IdeaEvent[], ideaId = IDEA) => storedIdeaEvents(events, { ideaId, recordedAt: RECORDED_LATE });

/** Folds as the runner does: an undefined result leaves the row and its revision as they were. */
function project(...events: IdeaEvent[]): PublicStatusRow | undefined {
  let row: PublicStatusRow | undefined;
  for (const event of stored(events)) {
    const next = foldPublicStatus(row, event);
    if (next) row = { ...next, last_revision: event.streamRevision };
  }
  return row;
}

const at = (iso: string) => new Date(iso).toISOString();
const steps = (row: PublicStatusRow | undefined) => row?.timeline.map((entry) => entry.step);

describe('the public status fold', () => {
  it('shows a submitted idea as received, with its text masked and no contact', () => {
    const row = project(
      submitted({
        title: 'Bænke ved søen – Karen Hansen',
        description: 'Ring til mig, Karen, på 12 34 56 78 eller skriv til karen@example.dk. CPR 010203-1234.',
        submitterNameSpans: { title: [[17, 29]], description: [[14, 19]] },
        at: '2026-11-24T09:00:00Z',
      }),
    );
    expect(row).toEqual({
      idea_id: IDEA,
      last_revision: 0,
      public_code: 'CI-2025-0001',
      title: `Bænke ved søen – ${MASKS.name}`,
      description: `Ring til mig, ${MASKS.name}, på ${MASKS.phone} eller skriv til ${MASKS.email}. CPR ${MASKS.cpr}.`,
      category: 'roads',
      district: 'Brønshøj-Husum',
      language: 'da',
      status: 'received',
      department_code: null,
      decision: null,
      public_answer: null,
      implementation_percent: null,
      duplicate_of: null,
      timeline: [{ step: 'received', at: '2026-11-24T09:00:00.000Z' }],
      lat: 55.71,
      lon: 12.5,
      respond_by: null,
      received_at: '2026-11-24T09:00:00.000Z',
      routed_at: null,
      answered_at: null,
      implemented_at: null,
      closed_at: null,
      updated_at: '2026-11-24T09:00:00.000Z',
      hidden_reason: null,
      hidden_text: null,
    });
    const text = JSON.stringify(row);
    for (const personal of ['Karen', 'Hansen', 'karen', '87 65 43 21', 'Søborg Hovedgade', 'sha256']) expect(text).not.toContain(personal);
  });

  it('shows where it is only to about 100 m, and no address', () => {
    const row = project(submitted({ location: { lat: 55.676_123_4, lon: 12.568_987_6, address: 'Rådhuspladsen 1' } }));
    expect(row).toMatchObject({ lat: 55.676, lon: 12.569 });
    expect(JSON.stringify(row)).not.toContain('Rådhuspladsen');
    expect(project(submitted({ location: null }))).toMatchObject({ lat: null, lon: null });
    // An address without a point (events written without the text sealed may carry one): no point, and the address not shown.
    const addressOnly = project(submitted({ location: { address: 'Vestergade 12' } }));
    expect(addressOnly).toMatchObject({ lat: null, lon: null });
    expect(JSON.stringify(addressOnly)).not.toContain('Vestergade');
  });

  it('keeps the answer date promised at the first routing', () => {
    const row = project(
      submitted(),
      routed({ respondBy: '2025-03-15T23:00:00.000Z' }),
      routed({ department: 'TMF', previousDepartment: 'roads', respondBy: undefined }),
    );
    expect(row?.respond_by).toBe('2025-03-15T23:00:00.000Z');
  });

  it('names the department an idea is routed to by its code (the name is joined when read), but not the reason', () => {
    const row = project(submitted(), routed({ department: 'roads', reason: 'Internal: Lars says roads has budget', at: '2025-03-02T10:00:00Z' }));
    expect(row).toMatchObject({ status: 'routed', department_code: 'roads', routed_at: at('2025-03-02T10:00:00Z'), updated_at: at('2025-03-02T10:00:00Z') });
    expect(row).not.toHaveProperty('department_name');
    expect(row?.timeline.at(-1)).toEqual({ step: 'routed', at: at('2025-03-02T10:00:00Z'), department: { code: 'roads' } });
    expect(JSON.stringify(row)).not.toContain('Lars');
  });

  it('shows every re-routing in the timeline and the latest department on the row', () => {
    const row = project(submitted(), routed({ department: 'roads' }), routed({ department: 'TMF', previousDepartment: 'roads', at: '2025-03-05T08:00:00Z' }));
    expect(row).toMatchObject({ department_code: 'TMF', routed_at: at('2025-03-05T08:00:00Z') });
    expect(row?.timeline.filter((entry) => entry.step === 'routed').map((entry) => entry.department?.code)).toEqual(['roads', 'TMF']);
  });

  it('keeps assignment internal: no name, and no change unless it brings an assessed idea back to being handled', () => {
    const [submission, routing, assignment] = stored([submitted(), routed(), assigned({ assignee: 'handler-anna' })]);
    const routedRow = foldPublicStatus(foldPublicStatus(undefined, submission), routing)!;
    expect(foldPublicStatus(routedRow, assignment)).toBeUndefined();

    const reassessed = project(submitted(), routed(), diagnosed(), assigned({ assignee: 'handler-bo' }));
    expect(reassessed?.status).toBe('routed');
    expect(JSON.stringify(reassessed)).not.toContain('handler-');
  });

  it('shows an assessment as a step, without feasibility, cost, recommendation or notes', () => {
    const row = project(
      submitted(),
      routed(),
      diagnosed({ feasibility: 'not-feasible', costBand: 'very-high', recommendation: 'decline', notes: 'Citizen Karen is difficult, tel 12345678' }),
    );
    expect(row?.status).toBe('diagnosed');
    expect(row?.timeline.at(-1)).toEqual({ step: 'assessed', at: at('2025-03-01T09:00:00Z') });
    const text = JSON.stringify(row);
    for (const internal of ['not-feasible', 'very-high', 'decline', 'difficult', '12345678']) expect(text).not.toContain(internal);
  });

  it('ignores questions to the citizen and their replies: they are private', () => {
    const before = project(submitted(), routed());
    const after = project(
      submitted(),
      routed(),
      informationRequested({ question: 'Karen, what is your CPR?' }),
      informationProvided({ answer: '010203-1234' }),
    );
    expect(after).toEqual(before);
  });

  it('keeps a missed deadline, its department and assignee, and a stop to the e-mails internal: the row does not change', () => {
    const before = project(submitted(), routed());
    expect(project(submitted(), routed(), deadlineMissed({ department: 'roads', assignee: 'handler-anna' }), notificationsStopped())).toEqual(before);
  });

  it('shows the public answer, masked, with the decision and when', () => {
    const row = project(
      submitted(),
      routed(),
      answered({ decision: 'declined', publicAnswer: 'Kontakt vej@kk.dk eller 33 66 33 66.', at: '2025-04-01T12:00:00Z' }),
    );
    const text = `Kontakt ${MASKS.email} eller ${MASKS.phone}.`;
    expect(row).toMatchObject({ status: 'answered', decision: 'declined', public_answer: text, answered_at: at('2025-04-01T12:00:00Z') });
    expect(row?.timeline.at(-1)).toEqual({ step: 'answered', at: at('2025-04-01T12:00:00Z'), decision: 'declined', text });
  });

  it('shows implementation updates and completion with masked notes', () => {
    const row = project(
      submitted(),
      routed(),
      answered(),
      progressed({ note: 'Entreprenør: ring +45 11 22 33 44', percentComplete: 40 }),
      progressed({ note: 'Fortsat', percentComplete: null }),
      implemented({ note: 'Færdig.', at: '2025-09-01T10:00:00Z' }),
    );
    expect(row).toMatchObject({ status: 'implemented', implementation_percent: 100, implemented_at: at('2025-09-01T10:00:00Z') });
    expect(row?.timeline.slice(-3)).toEqual([
      { step: 'implementation_progress', at: at('2025-03-01T09:00:00Z'), text: `Entreprenør: ring ${MASKS.phone}`, percentComplete: 40 },
      { step: 'implementation_progress', at: at('2025-03-01T09:00:00Z'), text: 'Fortsat', percentComplete: null },
      { step: 'implemented', at: at('2025-09-01T10:00:00Z'), text: 'Færdig.' },
    ]);
  });

  it('keeps the last known percentage when an update gives none', () => {
    expect(project(submitted(), routed(), answered(), progressed({ percentComplete: 30 }), progressed({ percentComplete: null }))?.implementation_percent).toBe(
      30,
    );
  });

  it('keeps a withdrawn idea visible as withdrawn, without the reason', () => {
    const row = project(submitted(), withdrawn({ reason: 'Flytter til Aarhus, ring 12345678', at: '2025-03-03T08:00:00Z' }));
    expect(row).toMatchObject({ status: 'withdrawn', closed_at: at('2025-03-03T08:00:00Z') });
    expect(row?.timeline.at(-1)).toEqual({ step: 'withdrawn', at: at('2025-03-03T08:00:00Z') });
    expect(JSON.stringify(row)).not.toContain('Aarhus');
  });

  it('records which idea a duplicate was merged into (an idea id; its public code is read at query time)', () => {
    const original = randomUUID();
    expect(project(submitted(), routed(), markedDuplicate({ duplicateOf: original.toUpperCase() }))).toMatchObject({
      status: 'duplicate',
      duplicate_of: original,
      closed_at: expect.any(String),
    });
    expect(project(submitted(), markedDuplicate({ duplicateOf: 'not-a-uuid' }))).toMatchObject({ status: 'duplicate', duplicate_of: null });
  });

  it('walks the whole public life in order', () => {
    const row = project(submitted(), routed(), assigned(), diagnosed(), informationRequested(), informationProvided(), answered(), progressed(), implemented());
    expect(steps(row)).toEqual(['received', 'routed', 'assessed', 'answered', 'implementation_progress', 'implemented']);
    expect(row?.last_revision).toBe(8);
  });

  it('uses the fact time (data.at), not when the event was recorded', () => {
    expect(project(submitted({ at: '2025-03-01T09:00:00+01:00' }))?.received_at).toBe('2025-03-01T08:00:00.000Z');
  });

  it('says nothing of an idea whose submission it has not seen, and takes a submission only once', () => {
    const [routing] = stored([routed()]);
    expect(foldPublicStatus(undefined, routing)).toBeUndefined();
    const first = project(submitted());
    const [again] = stored([submitted({ title: 'Changed' })]);
    expect(foldPublicStatus(first, again)).toBeUndefined();
  });

  it('ignores event types it does not know', () => {
    const row = project(submitted());
    const unknown = { ...stored([submitted()])[0], type: 'IdeaSupported', data: { ideaId: IDEA, at: '2025-05-05T00:00:00Z' } } as never;
    expect(foldPublicStatus(row, unknown)).toBeUndefined();
  });
});
