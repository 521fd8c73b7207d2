import { InvalidBallotError, RoundNotFoundError, WrongPhaseError } from '@civic/budgets';
import { toProblem } from './problem-details.filter';

describe('toProblem for budget rounds', () => {
  it('answers a refusal of the budgets domain as the ideas domain’s are: 404, 409, 422 with the field', () => {
    expect(toProblem(new RoundNotFoundError('r1'))).toMatchObject({ status: 404, code: 'round-not-found' });
    expect(toProblem(new WrongPhaseError('review', ['voting']))).toMatchObject({ status: 409, code: 'wrong-phase' });
    expect(toProblem(new InvalidBallotError('Choose at most 2 projects.'))).toMatchObject({
      status: 422,
      code: 'invalid-ballot',
      errors: [{ field: 'choices', message: 'Choose at most 2 projects.' }],
    });
  });
});
