import { FlowChanges } from './response-time-flows';

const row = (o: Partial<Parameters<FlowChanges['apply']>[0]> = {}) => ({
  received_at: '2026-01-31T23:30:00.000Z', // 1 February in Copenhagen
  answered_at: null,
  implemented_at: null,
  deadline_missed_at: null,
  ...o,
});

describe('FlowChanges', () => {
  it("counts each of an idea's moments in its local month", () => {
    const changes = new FlowChanges('Europe/Copenhagen');
    changes.apply(row({ answered_at: '2026-03-29T00:30:00.000Z', deadline_missed_at: '2026-02-20T10:00:00.000Z' }), 1);
    expect(changes.changed()).toEqual([
      { month: '2026-02', counts: { received: 1, answered: 0, implemented: 0, deadlines_missed: 1 } },
      { month: '2026-03', counts: { received: 0, answered: 1, implemented: 0, deadlines_missed: 0 } },
    ]);
  });

  it('moves a changed row from its months before to its months after, leaving out months that do not move', () => {
    const changes = new FlowChanges('Europe/Copenhagen');
    changes.apply(row({ answered_at: '2026-02-10T10:00:00.000Z' }), -1);
    changes.apply(row({ answered_at: '2026-03-10T10:00:00.000Z' }), 1);
    expect(changes.changed()).toEqual([
      { month: '2026-02', counts: { received: 0, answered: -1, implemented: 0, deadlines_missed: 0 } },
      { month: '2026-03', counts: { received: 0, answered: 1, implemented: 0, deadlines_missed: 0 } },
    ]);
  });
});
