import { isEmail } from 'class-validator';
import { DESCRIPTION_MAX, TITLE_MAX } from '@civic/ideas';
import { type DistrictBoundary, districtOfPoint } from '@civic/casework';
import type { SubmitIdeaInput } from '../ideas/submit-idea.dto';
import { Open311Error } from './open311-error';
import { DISTRICT_ATTRIBUTE, type Open311Attribute, type Open311ServiceDefinition } from './open311-services';

/** A form-encoded body as Express reads it (extended: false): each field a string, or a list when repeated. */
export type FormFields = Readonly<Record<string, string | string[] | undefined>>;

export interface Open311Place {
  /** The districts with boundaries; empty when none are loaded. attribute[district] is checked against the service definition's list. */
  readonly boundaries: readonly DistrictBoundary[];
}

const PHONE = /^\+?[0-9 ()-]{6,25}$/;
const NAME_MAX = 100;
const FIELD_MAX = 300;
const TITLE_WORDS = 80;

/**
 * A GeoReport v2 POST requests form as the web form's submission: the same
 * command, the channel 'open311'. Every refusal is a 4xx in the spec's format,
 * before anything is written.
 */
export function toSubmission(form: FormFields, service: { name: string; definition: Open311ServiceDefinition }, place: Open311Place): SubmitIdeaInput {
  const attributes = readAttributes(form, service.definition.attributes);
  const { lat, lon } = readPoint(form);
  const address = optional(form, 'address_string', FIELD_MAX);
  if (lat === null && address === null) throw new Open311Error(400, 'A location is required: lat and long, or address_string');
  const district = districtFor(lat, lon, attributes.get(DISTRICT_ATTRIBUTE)?.[0] ?? null, place);
  const description = optional(form, 'description', DESCRIPTION_MAX) ?? '';
  const mediaUrl = readMediaUrl(form);
  optional(form, 'device_id', FIELD_MAX);
  optional(form, 'account_id', FIELD_MAX);

  // What a category asked for is part of what the citizen said: it goes with the description (and is sealed with it).
  const answers = service.definition.attributes
    .filter((a) => a.code !== DISTRICT_ATTRIBUTE && attributes.has(a.code))
    .map(
      (a) =>
        `${a.description ?? a.code}: ${attributes
          .get(a.code)!
          .map((key) => a.values?.find((v) => v.key === key)?.name ?? key)
          .join(', ')}`,
    );
  const text = [description.trim() || service.name, ...answers, ...(mediaUrl ? [`Media: ${mediaUrl}`] : [])].join('\n\n');
  if (text.length > DESCRIPTION_MAX) throw new Open311Error(400, `description is too long: at most ${DESCRIPTION_MAX} characters with the attributes`);

  return {
    title: titleOf(description.trim(), service.name),
    description: text,
    category: service.definition.service_code,
    district,
    // An address_string alone is the location's address (sealed with the texts, as the web form's is).
    location: { ...(lat !== null && lon !== null && { lat, lon }), ...(address !== null && { address }) },
    ...contactOf(form),
    language: 'da',
    channel: 'open311',
  };
}

function districtFor(lat: number | null, lon: number | null, chosen: string | null, place: Open311Place): string {
  if (lat !== null && lon !== null && place.boundaries.length > 0) {
    const found = districtOfPoint(place.boundaries, lat, lon);
    if (!found) throw new Open311Error(422, `The point ${lat}, ${lon} is outside every district this municipality serves`);
    return found;
  }
  if (chosen !== null) return chosen;
  throw new Open311Error(
    400,
    place.boundaries.length > 0
      ? 'Give lat and long inside the municipality, or attribute[district] (see the service definition)'
      : 'No district boundaries are loaded here: give attribute[district] (see the service definition)',
  );
}

function readPoint(form: FormFields): { lat: number | null; lon: number | null } {
  const lat = optional(form, 'lat', 40);
  const lon = optional(form, 'long', 40);
  if (lat === null && lon === null) return { lat: null, lon: null };
  if (lat === null || lon === null) throw new Open311Error(400, 'lat and long go together: give both, or neither and an address_string');
  const [y, x] = [coordinate(lat), coordinate(lon)];
  if (y === null || y < -90 || y > 90) throw new Open311Error(400, `lat must be a number from -90 to 90 (WGS84), not "${lat.slice(0, 40)}"`);
  if (x === null || x < -180 || x > 180) throw new Open311Error(400, `long must be a number from -180 to 180 (WGS84), not "${lon.slice(0, 40)}"`);
  return { lat: y, lon: x };
}

function coordinate(text: string): number | null {
  return /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? Number(text) : null;
}

function readAttributes(form: FormFields, definitions: readonly Open311Attribute[]): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const [key, value] of Object.entries(form)) {
    const match = /^attribute\[([^\]]{1,100})\](\[\])?$/.exec(key);
    if (!match || value === undefined) continue;
    given.set(
      match[1],
      (Array.isArray(value) ? value : [value]).filter((v) => v !== ''),
    );
  }
  for (const code of given.keys())
    if (!definitions.some((a) => a.code === code)) throw new Open311Error(400, `attribute[${code.slice(0, 100)}] is not an attribute of this service`);
  const values = new Map<string, string[]>();
  for (const attribute of definitions) {
    const list = given.get(attribute.code) ?? [];
    if (list.length === 0) {
      if (attribute.required) throw new Open311Error(400, `attribute[${attribute.code}] is required for this service`);
      continue;
    }
    if (attribute.datatype !== 'multivaluelist' && list.length > 1) throw new Open311Error(400, `attribute[${attribute.code}] takes one value`);
    for (const value of list) {
      if (value.length > FIELD_MAX) throw new Open311Error(400, `attribute[${attribute.code}] is too long: at most ${FIELD_MAX} characters`);
      const isListed = attribute.values?.some((v) => v.key === value);
      if ((attribute.datatype === 'singlevaluelist' || attribute.datatype === 'multivaluelist') && !isListed)
        throw new Open311Error(400, `attribute[${attribute.code}] has no value "${value.slice(0, 100)}": see the service definition`);
      if (attribute.datatype === 'number' && coordinate(value) === null) throw new Open311Error(400, `attribute[${attribute.code}] must be a number`);
      if (attribute.datatype === 'datetime' && Number.isNaN(Date.parse(value)))
        throw new Open311Error(400, `attribute[${attribute.code}] must be a date and time`);
    }
    values.set(attribute.code, list);
  }
  return values;
}

function readMediaUrl(form: FormFields): string | null {
  const text = optional(form, 'media_url', 2000);
  if (text === null) return null;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Open311Error(400, 'media_url must be an http or https URL');
  return url.href;
}

function contactOf(form: FormFields): Pick<SubmitIdeaInput, 'contact'> {
  const first = optional(form, 'first_name', NAME_MAX);
  const last = optional(form, 'last_name', NAME_MAX);
  const email = optional(form, 'email', 254);
  const phone = optional(form, 'phone', 40);
  if (email !== null && !isEmail(email)) throw new Open311Error(400, 'email is not an e-mail address');
  if (phone !== null && !PHONE.test(phone)) throw new Open311Error(400, 'phone must be digits, spaces, ( ) - and an optional leading +');
  const name = [first, last].filter((part) => part !== null).join(' ');
  if (!name && email === null && phone === null) return {};
  return { contact: { ...(name && { name }), ...(email !== null && { email }), ...(phone !== null && { phone }) } };
}

/** The first line of the description, cut at a word, as the idea's title; the service's name when there is no description. */
function titleOf(description: string, serviceName: string): string {
  const line = description.split('\n')[0]?.trim() ?? '';
  if (!line) return serviceName.slice(0, TITLE_MAX);
  if (line.length <= TITLE_WORDS) return line;
  const cut = line.slice(0, TITLE_WORDS);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_WORDS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A single text field, trimmed; null when absent or blank. */
export function optional(form: FormFields, name: string, max: number): string | null {
  const value = form[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) throw new Open311Error(400, `${name} was given more than once`);
  const text = value.trim();
  if (text.length > max) throw new Open311Error(400, `${name} is too long: at most ${max} characters`);
  return text === '' ? null : text;
}
