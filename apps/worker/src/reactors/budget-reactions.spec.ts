import type { StoredEvent } from '@civic/event-store';
import { budgetReactions } from './budget-reactions';

const ROUND = '11111111-2222-4333-8444-555555555555';
const stored = (type: string, streamId: string, streamRevision = 0) =>
  ({ id: `event-${type}-${streamRevision}`, type, data: { roundId: ROUND }, streamId, streamRevision }) as unknown as StoredEvent;

describe('What a budget round’s count sets in motion', () => {
  it('carries the winners on as ideas, one job per count under the event’s id', () => {
    const computed = stored('RoundResultsComputed', `budget-round-${ROUND}`, 9);
    expect(budgetReactions(computed)).toEqual([
      { name: 'budget-winner-ideas', jobId: 'budget-winner-ideas.event-RoundResultsComputed-9', data: { roundId: ROUND, eventId: computed.id, revision: 9 } },
    ]);
  });

  it('asks for nothing on the round’s other events or on another stream', () => {
    expect(budgetReactions(stored('PhaseAdvanced', `budget-round-${ROUND}`, 8))).toEqual([]);
    expect(budgetReactions(stored('WinnerImplemented', `budget-round-${ROUND}`, 10))).toEqual([]);
    expect(budgetReactions(stored('RoundResultsComputed', `budget-ballot-${ROUND}.b1`))).toEqual([]);
  });
});
