import type { SatisfactionCommand } from './satisfaction.commands';
import { InvalidRatingError, SatisfactionAlreadyRatedError, SatisfactionNotAskedError } from './satisfaction.errors';
import type { SatisfactionEvent } from './satisfaction.events';
import { given } from './testing/given';

const IDEA = '11111111-2222-4333-8444-555555555555';
const AT = '2026-12-29T09:00:00.000Z';
const LATER = '2026-12-30T10:00:00.000Z';

const ask = (subject: 'answered' | 'implemented' = 'answered'): SatisfactionCommand => ({
  type: 'AskSatisfaction',
  ideaId: IDEA,
  subject,
  department: 'TMF',
  language: 'da',
  at: AT,
});
const asked: SatisfactionEvent = { type: 'SatisfactionAsked', data: { ideaId: IDEA, subject: 'answered', department: 'TMF', language: 'da', at: AT } };
const rate = (rating: number, comment: { keyId: string; ciphertext: string } | null = null): SatisfactionCommand => ({
  type: 'RateSatisfaction',
  ideaId: IDEA,
  rating,
  comment,
  at: LATER,
});
const rated = (rating: number, comment: { keyId: string; ciphertext: string } | null = null): SatisfactionEvent => ({
  type: 'SatisfactionRated',
  data: { ideaId: IDEA, department: 'TMF', rating, comment, at: LATER },
});

describe('The satisfaction follow-up', () => {
  it('asks once', () => given().when(ask()).then(asked));
  it('does not ask again when the idea is carried out after its answer', () => given(asked).when(ask('implemented')).then());
  it('records the answer with the department that was asked about', () => given(asked).when(rate(4)).then(rated(4)));
  it('keeps the comment sealed', () =>
    given(asked)
      .when(rate(2, { keyId: IDEA, ciphertext: 'x' }))
      .then(rated(2, { keyId: IDEA, ciphertext: 'x' })));
  it('refuses an answer nobody asked for', () => given().when(rate(3)).thenThrows(SatisfactionNotAskedError));
  it('takes one answer only', () => given(asked, rated(5)).when(rate(1)).thenThrows(SatisfactionAlreadyRatedError));
  it.each([0, 6, 2.5, Number.NaN])('refuses the rating %p', (rating) => given(asked).when(rate(rating)).thenThrows(InvalidRatingError));
});
