import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import fc from 'fast-check';
import { createValidationPipe, VALIDATION_OPTIONS } from '../http/validation';
import { isEmail } from 'class-validator';
import { PLAIN_EMAIL, SubmitIdeaInput } from './submit-idea.dto';

/** class-validator alone, as every body went before the shortcut: what acceptsAsIs must never be more lenient than. */
const classValidator = new ValidationPipe(VALIDATION_OPTIONS);
const BODY = { type: 'body', metatype: SubmitIdeaInput } as const;

async function classValidatorAnswer(body: unknown): Promise<{ accepted: true; value: unknown } | { accepted: false; problem: unknown }> {
  try {
    return { accepted: true, value: await classValidator.transform(body, BODY) };
  } catch (problem) {
    return { accepted: false, problem };
  }
}

const valid = {
  title: 'Flere bænke ved søerne',
  description: 'Ældre har brug for at hvile sig.',
  category: 'other',
  district: 'oesterbro',
  language: 'da',
  contact: { name: 'Karen Hansen', email: 'karen@example.dk' },
};

describe('SubmitIdeaInput.acceptsAsIs', () => {
  it.each([
    ['the bench and the form’s body', valid],
    ['no contact, a channel', { ...valid, contact: undefined, channel: 'phone' }],
    ['a point without a district', { ...valid, district: undefined, location: { lat: 55.6761, lon: 12.5683 } }],
    ['an address with a district', { ...valid, location: { address: 'Rådhuspladsen 1' } }],
    ['a phone only', { ...valid, contact: { phone: '+45 12 34 56 78' } }],
  ])('takes %s as it is, as class-validator does', async (_, body) => {
    const plain = JSON.parse(JSON.stringify(body)) as unknown;
    expect(SubmitIdeaInput.acceptsAsIs(plain)).toBe(true);
    expect((await classValidatorAnswer(plain)).accepted).toBe(true);
  });

  it.each([
    ['an unknown field', { ...valid, admin: true }],
    ['a null contact (class-validator takes it; the shortcut leaves it to it)', { ...valid, contact: null }],
    ['a latitude in exponent notation', { ...valid, location: { lat: 1e-7, lon: 12 } }],
    ['a latitude without its longitude', { ...valid, location: { lat: 55 } }],
    ['no district and no point', { ...valid, district: undefined, location: { address: 'Rådhuspladsen 1' } }],
    ['a blank address', { ...valid, location: { address: ' ' } }],
    ['a bad e-mail', { ...valid, contact: { email: 'karen@' } }],
    ['an array', [valid]],
  ])('leaves %s to class-validator', (_, body) => {
    expect(SubmitIdeaInput.acceptsAsIs(JSON.parse(JSON.stringify(body)))).toBe(false);
  });

  it('takes as plain e-mail addresses only ones IsEmail accepts', () => {
    fc.assert(
      fc.property(
        // The pattern less its look-ahead (which fast-check cannot generate from): the addresses it then refuses are checked too.
        fc.stringMatching(new RegExp(PLAIN_EMAIL.source.replace('(?=[^@]{1,64}@)', ''))).filter((email) => email.length <= 254),
        (email) => !PLAIN_EMAIL.test(email) || isEmail(email),
      ),
      { numRuns: 20_000, seed: 20261206 },
    );
    for (const email of ['karen@example.dk', 'K.a+r_e-n@sub.example.museum', `${'a'.repeat(64)}@b.dk`]) expect(PLAIN_EMAIL.test(email)).toBe(true);
    for (const email of [
      '.karen@example.dk',
      'karen..h@example.dk',
      `${'a'.repeat(65)}@b.dk`,
      'karen@-example.dk',
      'karen@example.d',
      'karen@ex_ample.dk',
      'karen@example.123',
    ])
      expect(PLAIN_EMAIL.test(email)).toBe(false);
  });

  it('the pipe answers a body it cannot take as it is with class-validator’s 422', async () => {
    await expect(createValidationPipe().transform({ ...valid, title: '' }, BODY)).rejects.toMatchObject({
      status: 422,
      extensions: { errors: [{ field: 'title', message: 'title should not be empty' }] },
    });
    const body = JSON.parse(JSON.stringify(valid)) as unknown;
    await expect(createValidationPipe().transform(body, BODY)).resolves.toBe(body);
  });

  it('accepts only bodies class-validator accepts, and passes them on unchanged', async () => {
    const text = fc.oneof(
      fc.constantFrom('', ' ', 'x', 'traffic', 'oesterbro', 'da', 'web', 'karen@example.dk', 'karen@', '+45 12 34 56 78', '12', 'a'.repeat(40), 'a'.repeat(41)),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom('a'.repeat(200), 'a'.repeat(201), '😀'.repeat(100), '😀'.repeat(101), 'a'.repeat(300), 'a'.repeat(301), 'a'.repeat(254)),
    );
    const number = fc.oneof(fc.constantFrom(0, 1e-7, 90, 90.0001, -90, 180, -180.5, 55.6761, 12.5683), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const anything = fc.oneof(text, number, fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}));
    /** Mostly the usual value, sometimes something else, sometimes left out. */
    const field = <T>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
      fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: other }, { weight: 1, arbitrary: fc.constant(undefined) });
    const extra = fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anything });
    const location = fc.record({
      lat: field(fc.constantFrom(55.6761, 0, 90, -90), fc.oneof(number, anything)),
      lon: field(fc.constantFrom(12.5683, 0, 180, -180), fc.oneof(number, anything)),
      address: field(fc.constantFrom('Rådhuspladsen 1', 'a'.repeat(300)), fc.oneof(text, anything)),
      extra,
    });
    const contact = fc.record({
      name: field(fc.constantFrom('Karen Hansen', 'K'), fc.oneof(text, anything)),
      email: field(
        fc.constantFrom('karen@example.dk', 'KAREN@EXAMPLE.DK'),
        fc.oneof(fc.constantFrom('a@b', 'a b@c.dk', `${'a'.repeat(64)}@${'b'.repeat(185)}.dk`, `${'a'.repeat(64)}@${'b'.repeat(186)}.dk`), text, anything),
      ),
      phone: field(fc.constantFrom('+45 12 34 56 78', '(45) 1234-5678'), fc.oneof(fc.constantFrom('123', '+'.repeat(7), '1'.repeat(26)), text, anything)),
      extra,
    });
    const body = fc.record({
      title: field(fc.constantFrom(valid.title, 'a'.repeat(200), '😀'.repeat(100)), fc.oneof(text, anything)),
      description: field(fc.constant(valid.description), fc.oneof(text, anything)),
      category: field(fc.constantFrom(valid.category, 'a'.repeat(40)), fc.oneof(text, anything)),
      district: field(fc.constant(valid.district), fc.oneof(text, anything)),
      location: field(location, anything),
      contact: field(contact, anything),
      language: field(fc.constantFrom('da', 'sv', 'nb', 'en'), fc.oneof(fc.constantFrom('de', 'DA'), anything)),
      channel: field(fc.constantFrom('web', 'email', 'phone', 'meeting', 'open311'), fc.oneof(fc.constant('fax'), anything)),
      extra,
    });
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(body, async (generated) => {
        const plain = JSON.parse(JSON.stringify(generated)) as unknown;
        if (!SubmitIdeaInput.acceptsAsIs(plain)) return;
        taken++;
        const answer = await classValidatorAnswer(JSON.parse(JSON.stringify(plain)));
        expect(answer).toMatchObject({ accepted: true });
        if (answer.accepted) expect(JSON.parse(JSON.stringify(answer.value))).toEqual(plain);
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
    // Not a vacuous property: a share of the generated bodies is valid.
    expect(taken).toBeGreaterThan(500);
  });
});
