import { InvalidCommandError } from './idea.errors';
import { LATER, given, routeIdea, routed, submitted } from './testing';

const byHand = { at: LATER, department: 'parks', reason: 'Belongs with parks' };

describe('RouteIdea following the routing model’s suggestion', () => {
  it('records that the routing by hand followed a suggestion, and with what confidence', () =>
    given(submitted())
      .when(routeIdea({ followedSuggestion: { confidence: 0.91 } }))
      .then(routed({ ...byHand, followedSuggestion: { confidence: 0.91 } })));
  it('records nothing of the kind for an ordinary routing', () => given(submitted()).when(routeIdea()).then(routed(byHand)));
  it('refuses a rule that claims to follow a suggestion', () =>
    given(submitted())
      .when(routeIdea({ routedBy: 'rule', ruleId: 'rule-1', followedSuggestion: { confidence: 0.9 } }))
      .thenThrows(InvalidCommandError));
  it('refuses a confidence outside 0–1', () =>
    given(submitted())
      .when(routeIdea({ followedSuggestion: { confidence: 1.5 } }))
      .thenThrows(InvalidCommandError));
});
