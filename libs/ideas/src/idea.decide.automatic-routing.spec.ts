import { AlreadyRoutedError, IdeaWithdrawnError, InvalidCommandError } from './idea.errors';
import { LATER, given, routeIdea, routed, submitted, withdrawn } from './testing';

const automatic = { confidence: 0.93, words: ['cykelsti', 'fortov'] };
const byModel = (o: Parameters<typeof routeIdea>[0] = {}) =>
  routeIdea({ routedBy: 'model', reason: 'Routed automatically by the routing model (confidence 93 %)', automatic, ...o });

describe('RouteIdea by the routing model (automatic routing)', () => {
  it('routes an idea nobody has routed, recording that it was automatic, with the confidence and the words', () =>
    given(submitted())
      .when(byModel())
      .then(
        routed({
          at: LATER,
          department: 'parks',
          routedBy: 'model',
          reason: 'Routed automatically by the routing model (confidence 93 %)',
          automatic: { confidence: 0.93, words: ['cykelsti', 'fortov'] },
        }),
      ));

  it('refuses once a person (or a rule) has routed the idea: the model never overrides a routing', () =>
    given(submitted(), routed({ department: 'roads' }))
      .when(byModel())
      .thenThrows(AlreadyRoutedError));

  it('refuses even when the person routed it to the very department the model would', () =>
    given(submitted(), routed({ department: 'parks' }))
      .when(byModel())
      .thenThrows(AlreadyRoutedError));

  it('refuses a closed idea', () => given(submitted(), withdrawn()).when(byModel()).thenThrows(IdeaWithdrawnError));

  it('is reversible as any routing: a dispatcher re-routes it by hand, keeping the deadline', () =>
    given(submitted(), routed({ department: 'parks', routedBy: 'model', automatic }))
      .when(routeIdea({ department: 'roads', reason: 'Roads, not parks' }))
      .then(routed({ at: LATER, department: 'roads', previousDepartment: 'parks', routedBy: 'hand', reason: 'Roads, not parks' })));

  it("needs the model's confidence and words", () =>
    given(submitted())
      .when(byModel({ automatic: null }))
      .thenThrows(InvalidCommandError));

  it('refuses a confidence of 0 or above 1', () => {
    given(submitted())
      .when(byModel({ automatic: { confidence: 0, words: [] } }))
      .thenThrows(InvalidCommandError);
    given(submitted())
      .when(byModel({ automatic: { confidence: 1.2, words: [] } }))
      .thenThrows(InvalidCommandError);
  });

  it('refuses more than ten words, or empty ones', () => {
    given(submitted())
      .when(byModel({ automatic: { confidence: 0.9, words: Array.from({ length: 11 }, (_, i) => `w${i}`) } }))
      .thenThrows(InvalidCommandError);
    given(submitted())
      .when(byModel({ automatic: { confidence: 0.9, words: [' '] } }))
      .thenThrows(InvalidCommandError);
  });

  it('refuses an automatic record on a routing by hand or by rule', () => {
    given(submitted()).when(routeIdea({ automatic })).thenThrows(InvalidCommandError);
    given(submitted())
      .when(routeIdea({ routedBy: 'rule', ruleId: 'rule-1', automatic }))
      .thenThrows(InvalidCommandError);
  });

  it('refuses a routing by the model that claims to follow a suggestion', () =>
    given(submitted())
      .when(byModel({ followedSuggestion: { confidence: 0.9 } }))
      .thenThrows(InvalidCommandError));
});
