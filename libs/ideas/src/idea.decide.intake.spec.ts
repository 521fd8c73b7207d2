import {
  AlreadyAssignedError,
  AlreadyRoutedThereError,
  IdeaAlreadyAnsweredError,
  IdeaAlreadyExistsError,
  IdeaClosedError,
  IdeaNotFoundError,
  IdeaWithdrawnError,
  InvalidCommandError,
  NotRoutedYetError,
  UnknownDepartmentError,
  UnknownIdeaError,
} from './idea.errors';
import {
  LATER,
  OTHER_IDEA_ID,
  answered,
  assignIdea,
  assigned,
  diagnosed,
  given,
  implemented,
  markDuplicate,
  markedDuplicate,
  eraseSubmitterData,
  submitterDataErased,
  progressed,
  routeIdea,
  routed,
  submitIdea,
  submitted,
  withdrawIdea,
  withdrawn,
  RESPONSE_DEADLINE,
} from './testing';

describe('SubmitIdea', () => {
  it('records the submission', () => given().when(submitIdea()).then(submitted()));

  it('routes by rule in the same breath when a rule matched', () =>
    given()
      .when(
        submitIdea({
          autoRoute: { department: 'roads', ruleId: 'r-cykel', reason: 'Rule "r-cykel": keyword "cykelsti"', responseDeadline: { ...RESPONSE_DEADLINE } },
        }),
      )
      .then(
        submitted(),
        routed({ department: 'roads', routedBy: 'rule', ruleId: 'r-cykel', reason: 'Rule "r-cykel": keyword "cykelsti"', previousDepartment: null }),
      ));

  it('records the channel it came through, an Open311 client included', () =>
    given()
      .when(submitIdea({ channel: 'open311' }))
      .then(submitted({ channel: 'open311' })));

  it('accepts an idea without location or contact', () =>
    given()
      .when(submitIdea({ location: null, contact: null }))
      .then(submitted({ location: null, contact: null })));

  it('accepts a location that is only an address, or only a point', () => {
    given()
      .when(submitIdea({ location: { address: 'Vestergade ved nr. 12' } }))
      .then(submitted({ location: { address: 'Vestergade ved nr. 12' } }));
    given()
      .when(submitIdea({ location: { lat: 55.6, lon: 12.5 } }))
      .then(submitted({ location: { lat: 55.6, lon: 12.5 } }));
  });

  it('refuses half a point, and a location with neither point nor address', () => {
    given()
      .when(submitIdea({ location: { lat: 55.6, address: 'Vestergade 12' } }))
      .thenThrows(InvalidCommandError, { field: 'location.lon' });
    given()
      .when(submitIdea({ location: { lon: 12.5 } }))
      .thenThrows(InvalidCommandError, { field: 'location.lat' });
    given()
      .when(submitIdea({ location: {} }))
      .thenThrows(InvalidCommandError, { field: 'location' });
  });

  it('carries the sealed contact and where the name stands in the text, never clear data', () =>
    given()
      .when(submitIdea({ title: 'Bænke – Karen', submitterNameSpans: { title: [[8, 13]], description: [] } }))
      .then(submitted({ title: 'Bænke – Karen', submitterNameSpans: { title: [[8, 13]], description: [] } })));

  it('refuses a second submission on the same stream', () =>
    given(submitted()).when(submitIdea()).thenThrows(IdeaAlreadyExistsError, { kind: 'conflict', code: 'idea-already-exists' }));
});

describe('every command but SubmitIdea needs an idea', () => {
  it.each([routeIdea(), assignIdea(), withdrawIdea(), markDuplicate()])('$type on no idea is not found', (command) =>
    given().when(command).thenThrows(IdeaNotFoundError, { kind: 'not-found' }),
  );

  it('refuses a command whose ideaId is not the folded idea', () =>
    given(submitted())
      .when(routeIdea({ ideaId: OTHER_IDEA_ID }))
      .thenThrows(InvalidCommandError, { field: 'ideaId' }));
});

describe('EraseSubmitterData', () => {
  it('records the erasure and why', () =>
    given(submitted())
      .when(eraseSubmitterData({ reason: 'admin-request' }))
      .then(submitterDataErased({ at: LATER, reason: 'admin-request' })));

  it.each([
    ['answered', [routed(), answered()]],
    ['withdrawn', [withdrawn()]],
    ['a duplicate', [markedDuplicate()]],
    ['implemented', [routed(), answered(), implemented()]],
  ])('erases whatever the case stands at: %s', (_, later) =>
    given(submitted(), ...later)
      .when(eraseSubmitterData({ reason: 'retention' }))
      .then(submitterDataErased({ at: LATER, reason: 'retention' })),
  );

  it('erases an idea submitted without contact, so the request is on record', () =>
    given(submitted({ contact: null }))
      .when(eraseSubmitterData())
      .then(submitterDataErased({ at: LATER })));

  it('does nothing the second time', () => given(submitted(), submitterDataErased()).when(eraseSubmitterData()).then());

  it('refuses an idea that does not exist', () => given().when(eraseSubmitterData()).thenThrows(IdeaNotFoundError, { kind: 'not-found' }));

  it('refuses a reason outside the vocabulary', () =>
    given(submitted())
      .when(eraseSubmitterData({ reason: 'curiosity' as never }))
      .thenThrows(InvalidCommandError, { field: 'reason' }));
});

describe('RouteIdea', () => {
  it('routes a received idea by hand', () =>
    given(submitted())
      .when(routeIdea({ department: 'parks' }))
      .then(routed({ department: 'parks', previousDepartment: null, at: LATER, reason: 'Belongs with parks' })));

  it('re-routes an open idea and remembers where it came from', () =>
    given(submitted(), routed({ department: 'roads' }), assigned())
      .when(routeIdea({ department: 'parks', routedBy: 'rule', ruleId: 'r-park', reason: 'Rule "r-park"' }))
      .then(routed({ department: 'parks', previousDepartment: 'roads', routedBy: 'rule', ruleId: 'r-park', reason: 'Rule "r-park"', at: LATER })));

  it('refuses an unknown department', () =>
    given(submitted())
      .when(routeIdea({ department: 'space-program' }))
      .thenThrows(UnknownDepartmentError, { kind: 'invalid', field: 'department' }));

  it('refuses the department it is already with', () =>
    given(submitted(), routed({ department: 'parks' }))
      .when(routeIdea({ department: 'parks' }))
      .thenThrows(AlreadyRoutedThereError));

  it('refuses a rule routing without a rule id', () =>
    given(submitted())
      .when(routeIdea({ routedBy: 'rule', ruleId: null }))
      .thenThrows(InvalidCommandError, { field: 'ruleId' }));

  it.each([
    ['answered', [answered()]],
    ['in implementation', [answered(), progressed()]],
    ['implemented', [answered(), implemented()]],
  ])('refuses once %s', (_, later) =>
    given(submitted(), routed(), ...later)
      .when(routeIdea())
      .thenThrows(IdeaAlreadyAnsweredError),
  );

  it('refuses a withdrawn idea', () => given(submitted(), withdrawn()).when(routeIdea()).thenThrows(IdeaWithdrawnError));
  it('refuses a duplicate', () => given(submitted(), markedDuplicate()).when(routeIdea()).thenThrows(IdeaClosedError));
});

describe('AssignIdea', () => {
  it('assigns a routed idea', () =>
    given(submitted(), routed())
      .when(assignIdea())
      .then(assigned({ at: LATER, assignee: 'handler-anna', previousAssignee: null })));

  it('reassigns and remembers the previous handler', () =>
    given(submitted(), routed(), assigned({ assignee: 'handler-bo' }))
      .when(assignIdea({ assignee: 'handler-anna' }))
      .then(assigned({ at: LATER, assignee: 'handler-anna', previousAssignee: 'handler-bo' })));

  it('assigns a diagnosed idea', () =>
    given(submitted(), routed(), diagnosed())
      .when(assignIdea())
      .then(assigned({ at: LATER })));

  it('refuses before routing', () => given(submitted()).when(assignIdea()).thenThrows(NotRoutedYetError));
  it('refuses the same assignee', () => given(submitted(), routed(), assigned()).when(assignIdea()).thenThrows(AlreadyAssignedError, { kind: 'conflict' }));
  it('refuses once answered', () => given(submitted(), routed(), answered()).when(assignIdea()).thenThrows(IdeaAlreadyAnsweredError));
  it('refuses a withdrawn idea', () => given(submitted(), routed(), withdrawn()).when(assignIdea()).thenThrows(IdeaWithdrawnError));
  it('refuses a duplicate', () => given(submitted(), routed(), markedDuplicate()).when(assignIdea()).thenThrows(IdeaClosedError));
  it('refuses a blank assignee', () =>
    given(submitted(), routed())
      .when(assignIdea({ assignee: '  ' }))
      .thenThrows(InvalidCommandError, { field: 'assignee' }));
});

describe('WithdrawIdea', () => {
  it('withdraws a received idea', () =>
    given(submitted())
      .when(withdrawIdea())
      .then(withdrawn({ at: LATER, reason: 'Moved away.' })));
  it('withdraws without a reason', () =>
    given(submitted(), routed(), assigned())
      .when(withdrawIdea({ reason: null }))
      .then(withdrawn({ at: LATER, reason: null })));
  it('refuses once answered', () => given(submitted(), routed(), answered()).when(withdrawIdea()).thenThrows(IdeaAlreadyAnsweredError));
  it('refuses once implemented', () => given(submitted(), routed(), answered(), implemented()).when(withdrawIdea()).thenThrows(IdeaAlreadyAnsweredError));
  it('refuses twice', () => given(submitted(), withdrawn()).when(withdrawIdea()).thenThrows(IdeaWithdrawnError, { code: 'idea-withdrawn' }));
  it('refuses a duplicate', () => given(submitted(), markedDuplicate()).when(withdrawIdea()).thenThrows(IdeaClosedError));
  it('refuses a reason over the limit', () =>
    given(submitted())
      .when(withdrawIdea({ reason: 'x'.repeat(10_001) }))
      .thenThrows(InvalidCommandError, { field: 'reason' }));
});

describe('MarkDuplicate', () => {
  it('marks a received idea as a duplicate', () =>
    given(submitted())
      .when(markDuplicate())
      .then(markedDuplicate({ at: LATER, duplicateOf: OTHER_IDEA_ID })));
  it('marks a routed idea as a duplicate', () =>
    given(submitted(), routed())
      .when(markDuplicate())
      .then(markedDuplicate({ at: LATER })));
  it('refuses an idea duplicating itself', () =>
    given(submitted())
      .when(markDuplicate({ duplicateOf: 'idea-1' }))
      .thenThrows(InvalidCommandError, { field: 'duplicateOf' }));
  it('refuses an original that does not exist', () =>
    given(submitted())
      .when(markDuplicate({ duplicateOfExists: false }))
      .thenThrows(UnknownIdeaError, { kind: 'invalid', field: 'duplicateOf' }));
  it('refuses once answered', () => given(submitted(), routed(), answered()).when(markDuplicate()).thenThrows(IdeaAlreadyAnsweredError));
  it('refuses a withdrawn idea', () => given(submitted(), withdrawn()).when(markDuplicate()).thenThrows(IdeaWithdrawnError));
  it('refuses twice', () => given(submitted(), markedDuplicate()).when(markDuplicate()).thenThrows(IdeaClosedError));
});
