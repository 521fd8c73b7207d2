import { IdeaDomainError, InvalidCommandError } from './idea.errors';
import { requireContact } from './idea.validation';
import { decide } from './idea.decide';
import { foldIdea } from './idea.evolve';
import { given, routeIdea, submitIdea, submitted } from './testing';

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

// The domain's second guard on input, exercised through SubmitIdea which carries most of it.
describe('input guard', () => {
  it.each([
    ['title', { title: '' }],
    ['title', { title: '   ' }],
    ['title', { title: 't'.repeat(201) }],
    ['description', { description: '\t' }],
    ['description', { description: 'd'.repeat(10_001) }],
    ['language', { language: 'de' }],
    ['channel', { channel: 'fax' }],
    ['category', { category: '' }],
    ['district', { district: ' ' }],
    ['publicCode', { publicCode: '' }],
    ['location.lat', { location: { lat: 91, lon: 12 } }],
    ['location.lon', { location: { lat: 55, lon: Number.POSITIVE_INFINITY } }],
    ['location.lon', { location: { lat: 55.6, address: 'Vestergade 12' } }],
    ['location.lat', { location: { lon: 12.5 } }],
    ['location', { location: {} }],
    ['location.address', { location: { address: '  ' } }],
    ['contact.keyId', { contact: { keyId: '', ciphertext: 'c2VhbGVk' } }],
    ['contact.ciphertext', { contact: { keyId: 'idea-1', ciphertext: 'not base64!' } }],
    ['contact', { contact: { keyId: 'idea-1', ciphertext: 'c2VhbGVk', email: 'karen@example.dk' } }],
    ['contact', { contact: { name: 'Karen', email: 'karen@example.dk' } }],
    ['submitterNameSpans.title', { submitterNameSpans: { title: [[0, 500]], description: [] } }],
    ['submitterNameSpans.title', { submitterNameSpans: { title: [[3, 3]], description: [] } }],
    [
      'submitterNameSpans.description',
      {
        submitterNameSpans: {
          title: [],
          description: [
            [5, 9],
            [7, 12],
          ],
        },
      },
    ],
    ['submitterNameSpans.description', { submitterNameSpans: { title: [], description: [[1.5, 4]] } }],
    ['at', { at: '1 March 2025' }],
    ['at', { at: '2025-03-01T09:00:00' }],
    ['at', { at: '2025-13-45T09:00:00Z' }],
    ['autoRoute.department', { autoRoute: { department: '', ruleId: 'r', reason: 'x' } }],
  ])('refuses a bad %s', (field, bad) =>
    given()
      .when(submitIdea(bad as never))
      .thenThrows(InvalidCommandError, { kind: 'invalid', code: 'invalid-command', field }),
  );

  it('accepts a title of exactly 200 characters', () =>
    given()
      .when(submitIdea({ title: 't'.repeat(200) }))
      .then(submitted({ title: 't'.repeat(200) })));

  it('accepts a timestamp with an offset and milliseconds', () =>
    given()
      .when(submitIdea({ at: '2025-03-01T10:00:00.123+01:00' }))
      .then(submitted({ at: '2025-03-01T10:00:00.123+01:00' })));

  it('names the field in a clear message', () => {
    const refusal = catchError(() => decide(routeIdea({ reason: 'r'.repeat(10_001) }), foldIdea([submitted()])));
    expect(refusal).toBeInstanceOf(IdeaDomainError);
    expect(refusal).toMatchObject({ name: 'InvalidCommandError', field: 'reason', message: 'Invalid reason: must be at most 10000 characters.' });
  });
});

describe('the clear contact, checked by the caller before it seals it', () => {
  it('accepts none, or any of name, e-mail and phone', () => {
    expect(() => requireContact(null)).not.toThrow();
    expect(() => requireContact({ name: 'Karen', email: 'karen@example.dk', phone: '+45 12345678' })).not.toThrow();
  });

  it.each([
    ['contact.email', { email: '' }],
    ['contact.name', { name: '   ' }],
    ['contact.phone', { phone: 'p'.repeat(10_001) }],
  ])('refuses a bad %s', (field, bad) => {
    expect(catchError(() => requireContact(bad))).toMatchObject({ name: 'InvalidCommandError', field });
  });
});
