import { SupportNotFoundError, SupportWithdrawnError, WrongSealingKeyError } from './support.errors';
import { foldSupport } from './support.evolve';
import { AT, confirm, confirmed, erased, eraseData, given, keyOf, LATER, request, requested, withdraw, withdrawnEvent } from './testing';

describe('Supporting an idea', () => {
  describe('asking to support', () => {
    it('records the request with the address sealed under the first key', () => given().when(request(1)).then(requested(1)));

    it('refuses an address sealed under another key than the next request’s', () => given().when(request(2)).thenThrows(WrongSealingKeyError));

    it('asks again while still unconfirmed (a new mail, a new key)', () => given(requested(1)).when(request(2, LATER)).then(requested(2, LATER)));

    it('does nothing for a support already confirmed: one person counts once', () => given(requested(1), confirmed()).when(request(2)).then());

    it('supports anew after a withdrawal, under a fresh key', () =>
      given(requested(1), confirmed(), withdrawnEvent(LATER), erased('citizen', [keyOf(1)]))
        .when(request(2))
        .then(requested(2)));
  });

  describe('confirming through the link', () => {
    it('counts the support from now on', () => given(requested()).when(confirm()).then(confirmed()));
    it('is safe to follow twice', () => given(requested(), confirmed()).when(confirm()).then());
    it('knows no support that was never asked for', () => given().when(confirm()).thenThrows(SupportNotFoundError));
    it('does not bring back a withdrawn support', () =>
      given(requested(), withdrawnEvent(null), erased('citizen', [keyOf(1)]))
        .when(confirm())
        .thenThrows(SupportWithdrawnError));
  });

  describe('withdrawing', () => {
    it('takes the support back and erases the address in the same append', () =>
      given(requested(), confirmed(AT))
        .when(withdraw())
        .then(withdrawnEvent(AT), erased('citizen', [keyOf(1)])));
    it('withdraws an unconfirmed support too, erasing every address given', () =>
      given(requested(1), requested(2))
        .when(withdraw())
        .then(withdrawnEvent(null), erased('citizen', [keyOf(1), keyOf(2)])));
    it('is safe to repeat', () =>
      given(requested(), withdrawnEvent(null), erased('citizen', [keyOf(1)]))
        .when(withdraw())
        .then());
    it('knows no support that was never asked for', () => given().when(withdraw()).thenThrows(SupportNotFoundError));
  });

  describe('erasing the address (retention)', () => {
    it('erases the keys sealed since the last erasure, and keeps the support counted', () => {
      given(requested(), confirmed())
        .when(eraseData('retention'))
        .then(erased('retention', [keyOf(1)]));
      expect(foldSupport([requested(), confirmed(), erased('retention', [keyOf(1)])])).toMatchObject({ status: 'confirmed', email: null, liveKeyIds: [] });
    });
    it('has nothing left to erase a second time', () =>
      given(requested(), erased('retention', [keyOf(1)]))
        .when(eraseData())
        .then());
  });
});
