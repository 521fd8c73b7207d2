import {
  IdeaAlreadyAnsweredError,
  IdeaClosedError,
  IdeaNotFoundError,
  IdeaWithdrawnError,
  InvalidCommandError,
  NoOpenQuestionError,
  NotRoutedYetError,
  QuestionAlreadyOpenError,
  QuestionMismatchError,
} from './idea.errors';
import {
  LATER,
  answerIdea,
  answered,
  askCitizen,
  assigned,
  diagnoseIdea,
  diagnosed,
  given,
  implemented,
  informationProvided,
  informationRequested,
  markedDuplicate,
  progressed,
  provideInformation,
  routed,
  submitted,
  withdrawn,
} from './testing';

describe('DiagnoseIdea', () => {
  const expected = diagnosed({ at: LATER, notes: 'Fits the 2026 cycling plan.' });

  it('diagnoses a routed idea', () => given(submitted(), routed()).when(diagnoseIdea()).then(expected));
  it('diagnoses an assigned idea', () => given(submitted(), routed(), assigned()).when(diagnoseIdea()).then(expected));
  it('revises a diagnosis', () =>
    given(submitted(), routed(), diagnosed())
      .when(diagnoseIdea({ feasibility: 'partly-feasible', costBand: 'very-high', recommendation: 'refer-to-council' }))
      .then(
        diagnosed({
          at: LATER,
          notes: 'Fits the 2026 cycling plan.',
          feasibility: 'partly-feasible',
          costBand: 'very-high',
          recommendation: 'refer-to-council',
        }),
      ));
  it('accepts empty notes', () =>
    given(submitted(), routed())
      .when(diagnoseIdea({ notes: '' }))
      .then(diagnosed({ at: LATER, notes: '' })));

  it('refuses on no idea', () => given().when(diagnoseIdea()).thenThrows(IdeaNotFoundError));
  it('refuses before routing', () => given(submitted()).when(diagnoseIdea()).thenThrows(NotRoutedYetError));
  it('refuses once answered', () => given(submitted(), routed(), answered()).when(diagnoseIdea()).thenThrows(IdeaAlreadyAnsweredError));
  it('refuses a withdrawn idea', () => given(submitted(), routed(), withdrawn()).when(diagnoseIdea()).thenThrows(IdeaWithdrawnError));
  it('refuses a duplicate', () => given(submitted(), routed(), markedDuplicate()).when(diagnoseIdea()).thenThrows(IdeaClosedError));
  it.each([
    ['feasibility', { feasibility: 'maybe' }],
    ['costBand', { costBand: 'huge' }],
    ['recommendation', { recommendation: 'ignore' }],
  ])('refuses a %s outside the vocabulary', (field, bad) =>
    given(submitted(), routed())
      .when(diagnoseIdea(bad as never))
      .thenThrows(InvalidCommandError, { field }),
  );
});

describe('AskCitizen', () => {
  it('asks the citizen', () =>
    given(submitted(), routed())
      .when(askCitizen())
      .then(informationRequested({ at: LATER, question: 'Which side of the road do you mean?' })));
  it('asks again once the last question was answered', () =>
    given(submitted(), routed(), informationRequested(), informationProvided())
      .when(askCitizen({ questionId: 'q-2' }))
      .then(informationRequested({ at: LATER, questionId: 'q-2', question: 'Which side of the road do you mean?' })));

  it('refuses while a question is open', () =>
    given(submitted(), routed(), informationRequested())
      .when(askCitizen({ questionId: 'q-2' }))
      .thenThrows(QuestionAlreadyOpenError));
  it('refuses before routing', () => given(submitted()).when(askCitizen()).thenThrows(NotRoutedYetError));
  it('refuses once answered', () => given(submitted(), routed(), answered()).when(askCitizen()).thenThrows(IdeaAlreadyAnsweredError));
  it('refuses a withdrawn idea', () => given(submitted(), routed(), withdrawn()).when(askCitizen()).thenThrows(IdeaWithdrawnError));
  it('refuses a duplicate', () => given(submitted(), routed(), markedDuplicate()).when(askCitizen()).thenThrows(IdeaClosedError));
  it('refuses a blank question', () =>
    given(submitted(), routed())
      .when(askCitizen({ question: ' \n ' }))
      .thenThrows(InvalidCommandError, { field: 'question' }));
});

describe('ProvideCitizenInformation', () => {
  it('answers the named open question', () =>
    given(submitted(), routed(), informationRequested())
      .when(provideInformation())
      .then(informationProvided({ at: LATER, questionId: 'q-1', answer: 'The north side.' })));
  it('answers whichever question is open when none is named', () =>
    given(submitted(), routed(), informationRequested({ questionId: 'q-7' }))
      .when(provideInformation({ questionId: null }))
      .then(informationProvided({ at: LATER, questionId: 'q-7' })));

  it('refuses without an open question', () => given(submitted(), routed()).when(provideInformation()).thenThrows(NoOpenQuestionError));
  it('refuses after the question was answered', () =>
    given(submitted(), routed(), informationRequested(), informationProvided()).when(provideInformation()).thenThrows(NoOpenQuestionError));
  it('refuses an answer to another question', () =>
    given(submitted(), routed(), informationRequested())
      .when(provideInformation({ questionId: 'q-9' }))
      .thenThrows(QuestionMismatchError, { kind: 'invalid', field: 'questionId' }));
  it('refuses a withdrawn idea', () =>
    given(submitted(), routed(), informationRequested(), withdrawn()).when(provideInformation()).thenThrows(IdeaWithdrawnError));
  it('refuses a duplicate', () =>
    given(submitted(), routed(), informationRequested(), markedDuplicate()).when(provideInformation()).thenThrows(IdeaClosedError));
  it('refuses a blank answer', () =>
    given(submitted(), routed(), informationRequested())
      .when(provideInformation({ answer: '' }))
      .thenThrows(InvalidCommandError, { field: 'answer' }));
});

describe('AnswerIdea', () => {
  const expected = answered({ at: LATER, publicAnswer: 'Tak! Vi bygger cykelstien i 2026.' });

  it('answers a routed idea', () => given(submitted(), routed()).when(answerIdea()).then(expected));
  it('answers a diagnosed idea', () => given(submitted(), routed(), assigned(), diagnosed()).when(answerIdea()).then(expected));
  it('answers with an open question, which the answer closes', () =>
    given(submitted(), routed(), informationRequested())
      .when(answerIdea({ decision: 'declined' }))
      .then(answered({ ...expected.data, decision: 'declined' })));

  it('refuses a withdrawn idea', () => given(submitted(), withdrawn()).when(answerIdea()).thenThrows(IdeaWithdrawnError));
  it('refuses before routing', () => given(submitted()).when(answerIdea()).thenThrows(NotRoutedYetError, { code: 'not-routed-yet' }));
  it.each([
    ['answered', [answered()]],
    ['in implementation', [answered(), progressed()]],
    ['implemented', [answered(), implemented()]],
  ])('refuses once %s', (_, later) =>
    given(submitted(), routed(), ...later)
      .when(answerIdea())
      .thenThrows(IdeaAlreadyAnsweredError),
  );
  it('refuses a duplicate', () => given(submitted(), routed(), markedDuplicate()).when(answerIdea()).thenThrows(IdeaClosedError));
  it('refuses a decision outside the vocabulary', () =>
    given(submitted(), routed())
      .when(answerIdea({ decision: 'maybe' as never }))
      .thenThrows(InvalidCommandError, { field: 'decision' }));
  it('refuses a blank public answer', () =>
    given(submitted(), routed())
      .when(answerIdea({ publicAnswer: '   ' }))
      .thenThrows(InvalidCommandError, { field: 'publicAnswer' }));
  it('refuses a public answer over the limit', () =>
    given(submitted(), routed())
      .when(answerIdea({ publicAnswer: 'a'.repeat(10_001) }))
      .thenThrows(InvalidCommandError, { field: 'publicAnswer' }));
});
