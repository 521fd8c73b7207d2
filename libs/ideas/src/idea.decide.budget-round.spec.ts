import { InvalidCommandError } from './idea.errors';
import { foldIdea } from './idea.evolve';
import { answered, given, IDEA_ID, LATER, progressed, recordProgress, routed, submitIdea, submitted } from './testing';

// A participatory-budget winner becomes an idea: the submission says which round and proposal it was funded as.
const ORIGIN = { roundId: 'round-1', proposalId: 'proposal-7' };

describe('An idea carried on from a participatory-budget round', () => {
  it('records the round and proposal it comes from', () =>
    given()
      .when(submitIdea({ budgetRound: ORIGIN }))
      .then(submitted({ budgetRound: ORIGIN })));

  it('leaves budgetRound out of a citizen’s own idea (absent or null)', () => {
    given().when(submitIdea()).then(submitted());
    given()
      .when(submitIdea({ budgetRound: null }))
      .then(submitted());
  });

  it('folds the origin into the state; an ordinary idea has none', () => {
    expect(foldIdea([submitted({ budgetRound: ORIGIN })]).budgetRound).toEqual(ORIGIN);
    expect(foldIdea([submitted()]).budgetRound).toBeNull();
  });

  it.each(['roundId', 'proposalId'] as const)('refuses an origin without a %s', (field) =>
    given()
      .when(submitIdea({ budgetRound: { ...ORIGIN, [field]: ' ' } }))
      .thenThrows(InvalidCommandError, { field: `budgetRound.${field}` }),
  );

  it('goes through the implementation lifecycle as any accepted idea', () =>
    given(submitted({ budgetRound: ORIGIN }), routed(), answered({ decision: 'accepted' }))
      .when(recordProgress())
      .then(progressed({ at: LATER, note: 'Tender published.', percentComplete: 20 })));

  describe('a citizen’s idea sent into a round as a proposal', () => {
    const PROPOSAL = { roundId: 'round-1', proposalId: IDEA_ID, kind: 'proposal' as const };
    it('records the round, with the idea as its own proposal', () =>
      given()
        .when(submitIdea({ budgetRound: PROPOSAL }))
        .then(submitted({ budgetRound: PROPOSAL })));
    it('refuses a proposal id other than the idea’s', () =>
      given()
        .when(submitIdea({ budgetRound: { ...PROPOSAL, proposalId: 'proposal-7' } }))
        .thenThrows(InvalidCommandError, { field: 'budgetRound.proposalId' }));
    it('refuses a kind it does not know', () =>
      given()
        .when(submitIdea({ budgetRound: { ...PROPOSAL, kind: 'ballot' as 'proposal' } }))
        .thenThrows(InvalidCommandError, { field: 'budgetRound.kind' }));
    it('folds the origin into the state', () => expect(foldIdea([submitted({ budgetRound: PROPOSAL })]).budgetRound).toEqual(PROPOSAL));
  });
});
