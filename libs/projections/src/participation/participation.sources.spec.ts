import type { IdeaSubmitted } from '@civic/ideas';
import { submitted } from '../../../ideas/src/testing';
import { storedIdeaEvent } from '../testing';
import { contributionsOf } from './participation.sources';

const submitterOf = (event: IdeaSubmitted) => contributionsOf(storedIdeaEvent(event, 0));
const ROUND = { roundId: 'round-2026', proposalId: 'proposal-7' };

describe('participation: who counts as a submitter', () => {
  it('counts a citizen’s idea in its district at the instant it was sent in', () => {
    const event = submitted({ district: 'norrebro' });
    expect(submitterOf(event)).toEqual([{ kind: 'submitter', district: 'norrebro', at: event.data.at, delta: 1 }]);
  });

  it('counts an idea sent into a budget round as a proposal: a citizen sent it in', () => {
    expect(submitterOf(submitted({ district: 'vesterbro', budgetRound: { ...ROUND, kind: 'proposal' } }))).toEqual([
      expect.objectContaining({ kind: 'submitter', district: 'vesterbro', delta: 1 }),
    ]);
  });

  it('does not count a funded proposal that the system carries on as an idea, nor one from before proposals had a kind', () => {
    expect(submitterOf(submitted({ budgetRound: { ...ROUND, kind: 'winner' } }))).toEqual([]);
    expect(submitterOf(submitted({ budgetRound: ROUND }))).toEqual([]);
  });
});
