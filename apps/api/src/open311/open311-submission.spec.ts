import { DISTRICT_BOUNDARIES } from '@civic/casework';
import { Open311Error } from './open311-error';
import type { Open311ServiceDefinition } from './open311-services';
import { toSubmission } from './open311-submission';

const DEFINITION: Open311ServiceDefinition = {
  service_code: 'roads',
  attributes: [
    {
      variable: true,
      code: 'district',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: null,
      order: 0,
      description: 'District',
      values: [
        { key: 'valby', name: 'Valby' },
        { key: 'indre-by', name: 'Indre By' },
      ],
    },
    {
      variable: true,
      code: 'surface',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'Where is the problem?',
      values: [
        { key: 'pavement', name: 'Fortov' },
        { key: 'road', name: 'Vejbane' },
      ],
    },
    {
      variable: true,
      code: 'hazards',
      datatype: 'multivaluelist',
      required: false,
      datatype_description: null,
      order: 2,
      description: 'Hazards',
      values: [
        { key: 'ice', name: 'Is' },
        { key: 'hole', name: 'Hul' },
      ],
    },
  ],
};
const SERVICE = { name: 'Veje og fortove', definition: DEFINITION };
const PLACE = { boundaries: Object.entries(DISTRICT_BOUNDARIES).map(([code, boundary]) => ({ code, boundary })) };
const form = (fields: Record<string, string | string[]>) => ({
  service_code: 'roads',
  'attribute[surface]': 'pavement',
  lat: '55.6761',
  long: '12.5683',
  ...fields,
});

const refusal = (fields: Record<string, string | string[]>, place = PLACE) => {
  try {
    toSubmission(form(fields), SERVICE, place);
  } catch (error) {
    if (error instanceof Open311Error) return { status: error.status, description: error.description };
    throw error;
  }
  throw new Error('not refused');
};

describe('an Open311 request as a submission', () => {
  it('keeps what the client sent: the point placed in its district, the first line as the title, the answers with the description, the contact', () => {
    const input = toSubmission(
      form({
        description: 'Hul i fortovet ud for nr. 3\nDet er dybt.',
        'attribute[hazards][]': ['ice', 'hole'],
        address_string: 'Rådhuspladsen 3',
        first_name: 'Karen',
        last_name: 'Hansen',
        email: 'karen@example.dk',
        media_url: 'https://example.org/foto.jpg',
      }),
      SERVICE,
      PLACE,
    );
    expect(input).toEqual({
      title: 'Hul i fortovet ud for nr. 3',
      description: 'Hul i fortovet ud for nr. 3\nDet er dybt.\n\nWhere is the problem?: Fortov\n\nHazards: Is, Hul\n\nMedia: https://example.org/foto.jpg',
      category: 'roads',
      district: 'indre-by',
      location: { lat: 55.6761, lon: 12.5683, address: 'Rådhuspladsen 3' },
      contact: { name: 'Karen Hansen', email: 'karen@example.dk' },
      language: 'da',
      channel: 'open311',
    });
  });

  it('names the idea after the service when there is no description, and cuts a long first line at a word', () => {
    expect(toSubmission(form({}), SERVICE, PLACE)).toMatchObject({ title: 'Veje og fortove', description: 'Veje og fortove\n\nWhere is the problem?: Fortov' });
    const long = 'Der er et stort hul i fortovet lige ud for bageren på hjørnet, og det er blevet større hver uge siden oktober';
    expect(toSubmission(form({ description: long }), SERVICE, PLACE).title).toBe(
      'Der er et stort hul i fortovet lige ud for bageren på hjørnet, og det er blevet…',
    );
  });

  it('takes attribute[district] without a point, and when no boundaries are loaded', () => {
    const addressOnly = toSubmission(form({ lat: '', long: '', address_string: 'Valby Langgade 1', 'attribute[district]': 'valby' }), SERVICE, PLACE);
    expect(addressOnly).toMatchObject({ district: 'valby' });
    // The address_string is kept as the location's address, with no point made up.
    expect(addressOnly.location).toEqual({ address: 'Valby Langgade 1' });
    expect(toSubmission(form({ 'attribute[district]': 'valby' }), SERVICE, { boundaries: [] })).toMatchObject({
      district: 'valby',
      location: { lat: 55.6761 },
    });
  });

  it.each<[string, Record<string, string | string[]>, number, RegExp]>([
    ['a missing required attribute', { 'attribute[surface]': '' }, 400, /attribute\[surface\] is required/],
    ['a value not in the list', { 'attribute[surface]': 'lava' }, 400, /no value "lava"/],
    ['two values for a single-value list', { 'attribute[surface]': ['road', 'pavement'] }, 400, /takes one value/],
    ['an unknown district', { lat: '', long: '', address_string: 'x', 'attribute[district]': 'atlantis' }, 400, /no value "atlantis"/],
    ['a point outside', { lat: '55.0', long: '12.0' }, 422, /outside every district/],
    ['a latitude in words', { lat: 'north' }, 400, /lat must be a number/],
    ['a longitude of 200', { long: '200' }, 400, /long must be a number/],
    ['a field given twice', { description: ['a', 'b'] }, 400, /more than once/],
    ['a phone number in words', { phone: 'call me' }, 400, /phone/],
    ['a media_url on ftp', { media_url: 'ftp://example.org/a.jpg' }, 400, /media_url/],
  ])('refuses %s', (_, fields, status, description) => expect(refusal(fields)).toEqual({ status, description: expect.stringMatching(description) }));

  it('without boundaries, asks for the district', () =>
    expect(refusal({}, { boundaries: [] })).toEqual({ status: 400, description: expect.stringMatching(/No district boundaries are loaded/) }));
});
