import { InvalidCommandError } from './idea.errors';
import { foldIdea } from './idea.evolve';
import {
  informationProvided,
  LATER,
  informationRequested,
  provideInformation,
  routed,
  given,
  submitIdea,
  submitted,
  submitterDataErased,
  withdrawIdea,
  withdrawn,
} from './testing';
import { MASKED_GROWTH, TITLE_MAX } from './vocabulary';

// What the citizen typed comes sealed by the caller, with a masked copy; the domain records both and never looks inside.
const SEALED = { keyId: 'a1b2c3', ciphertext: 'c2VhbGVkLXRleHQ=' };

describe('Typed text, sealed by the caller', () => {
  it('records the sealed submission beside the masked title and description', () =>
    given()
      .when(submitIdea({ title: 'Bænk – [navn fjernet]', sealedText: SEALED, location: { lat: 55.6, lon: 12.5 } }))
      .then(submitted({ title: 'Bænk – [navn fjernet]', sealedText: SEALED, location: { lat: 55.6, lon: 12.5 } })));

  it('leaves sealedText out of the event when nothing was sealed (as events were before)', () => {
    const events = given().when(submitIdea({ sealedText: null }));
    events.then(submitted());
  });

  it('accepts a masked copy longer than a typed title may be, but only when the typed text is sealed', () => {
    const long = 'x'.repeat(TITLE_MAX + 1);
    given()
      .when(submitIdea({ title: long, sealedText: SEALED, location: null }))
      .then(submitted({ title: long, sealedText: SEALED, location: null }));
    given()
      .when(submitIdea({ title: long }))
      .thenThrows(InvalidCommandError, { field: 'title' });
    given()
      .when(submitIdea({ title: 'x'.repeat(TITLE_MAX * MASKED_GROWTH + 1), sealedText: SEALED, location: null }))
      .thenThrows(InvalidCommandError, { field: 'title' });
  });

  it('refuses an address in clear beside sealed text, and a sealed value with anything but keyId and ciphertext', () => {
    given()
      .when(submitIdea({ sealedText: SEALED, location: { lat: 55.6, lon: 12.5, address: 'Vejen 1' } }))
      .thenThrows(InvalidCommandError, { field: 'location.address' });
    given()
      .when(submitIdea({ sealedText: SEALED, location: { address: 'Vestergade 12' } }))
      .thenThrows(InvalidCommandError, { field: 'location.address' });
    given()
      .when(submitIdea({ sealedText: { ...SEALED, title: 'clear' } as typeof SEALED, location: null }))
      .thenThrows(InvalidCommandError, { field: 'sealedText' });
  });

  it('records a sealed reply with its masked copy', () =>
    given(submitted(), routed(), informationRequested())
      .when(provideInformation({ answer: 'Ring [telefonnummer fjernet]', sealedAnswer: SEALED }))
      .then(informationProvided({ at: LATER, answer: 'Ring [telefonnummer fjernet]', sealedAnswer: SEALED })));

  it('records a sealed withdrawal reason with its masked copy, and refuses a sealed reason without one', () => {
    given(submitted())
      .when(withdrawIdea({ reason: 'Flyttet, [e-mail fjernet]', sealedReason: SEALED }))
      .then(withdrawn({ at: LATER, reason: 'Flyttet, [e-mail fjernet]', sealedReason: SEALED }));
    given(submitted())
      .when(withdrawIdea({ reason: null, sealedReason: SEALED }))
      .thenThrows(InvalidCommandError, { field: 'reason' });
  });

  it('keeps the sealed text in the state until erasure', () => {
    expect(foldIdea([submitted({ sealedText: SEALED })]).sealedText).toEqual(SEALED);
    expect(foldIdea([submitted()]).sealedText).toBeNull();
    expect(foldIdea([submitted({ sealedText: SEALED }), submitterDataErased()]).sealedText).toBeNull();
  });
});
