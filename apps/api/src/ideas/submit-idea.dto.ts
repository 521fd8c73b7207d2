import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  isLatitude,
  IsLatitude,
  isLongitude,
  IsLongitude,
  IsNotEmpty,
  isNumber,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, type Channel, DESCRIPTION_MAX, LANGUAGES, type Language, TITLE_MAX } from '@civic/ideas';

/** A point, an address, or both: a citizen may know only the street. lat and lon come together or not at all. */
@ApiSchema({ description: 'Where the idea is: a point (lat and lon together), an address, or both. An address alone needs a district.' })
export class LocationInput {
  @ApiPropertyOptional({ example: 55.6761, description: 'Given together with lon, or neither' })
  @ValidateIf((location: LocationInput) => location.lat !== undefined || location.lon !== undefined)
  @IsNumber()
  @IsLatitude()
  lat?: number;

  @ApiPropertyOptional({ example: 12.5683, description: 'Given together with lat, or neither' })
  @ValidateIf((location: LocationInput) => location.lat !== undefined || location.lon !== undefined)
  @IsNumber()
  @IsLongitude()
  lon?: number;

  @ApiPropertyOptional({
    example: 'Rådhuspladsen 1',
    maxLength: 300,
    description: 'Required without lat and lon. Personal data: sealed with the submitter’s texts, never shown publicly',
  })
  @ValidateIf((location: LocationInput) => location.address !== undefined || (location.lat === undefined && location.lon === undefined))
  @IsString({ message: 'address is required without lat and lon (give a point, an address, or both)' })
  @Matches(/\S/, { message: 'address must not be blank' })
  @MaxLength(300)
  address?: string;
}

export class ContactInput {
  @ApiPropertyOptional({ example: 'Karen Hansen' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: 'karen@example.dk' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ example: '+45 12 34 56 78' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{6,25}$/, { message: 'phone must be digits, spaces, ( ) - and an optional leading +' })
  phone?: string;
}

@ApiSchema({ description: 'A participatory-budget round the idea is sent into as a proposal' })
export class BudgetRoundChoiceInput {
  @ApiProperty({
    format: 'uuid',
    description:
      'A round in its proposals phase whose scope covers the idea’s district (or the whole municipality): see GET /budget-rounds/:id. Unknown or out of scope: 422; proposals closed: 409',
  })
  @IsUUID()
  roundId: string;
}

export class SubmitIdeaInput {
  @ApiProperty({ maxLength: TITLE_MAX, example: 'Cykelsti langs Amager Strandvej' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title: string;

  @ApiProperty({ maxLength: DESCRIPTION_MAX, example: 'Der mangler en sikker cykelsti mellem ...' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @ApiProperty({ example: 'traffic', description: 'A code from GET /categories' }) @IsString() @IsNotEmpty() @MaxLength(40) category: string;
  @ApiPropertyOptional({
    example: 'amager-oest',
    description:
      'A code from GET /districts. May be left out with a location that has a point, where districts have boundaries: the point is placed in its district.',
  })
  // Only a submission with a point may leave it out: the point is placed in its district (an address alone is not).
  @ValidateIf((input: SubmitIdeaInput) => input.location?.lat === undefined || input.district !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  district?: string;

  @ApiPropertyOptional({ type: LocationInput }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocationInput) location?: LocationInput;
  @ApiPropertyOptional({ type: ContactInput, description: 'Personal data: never shown publicly' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput;

  @ApiProperty({ enum: LANGUAGES, example: 'da' }) @IsIn(LANGUAGES) language: Language;
  @ApiPropertyOptional({ enum: CHANNELS, default: 'web' }) @IsOptional() @IsIn(CHANNELS) channel?: Channel;

  @ApiPropertyOptional({
    type: BudgetRoundChoiceInput,
    description:
      'Send the idea into a participatory-budget round as a proposal: it is an idea like any other (tracking link, receipt, routing), and its tracking shows the round’s review of it (feasibility, the ballot, the result)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BudgetRoundChoiceInput)
  budgetRound?: BudgetRoundChoiceInput;

  /** The validation pipe's shortcut for the common case (see AcceptedAsIs in http/validation.ts). */
  static acceptsAsIs(body: unknown): body is SubmitIdeaInput {
    return isPlainSubmission(body);
  }
}

const SUBMISSION_KEYS = new Set(['title', 'description', 'category', 'district', 'location', 'contact', 'language', 'channel']);
const LOCATION_KEYS = new Set(['lat', 'lon', 'address']);
const CONTACT_KEYS = new Set(['name', 'email', 'phone']);
const PHONE = /^\+?[0-9 ()-]{6,25}$/;
/**
 * The plain ASCII addresses (dot-separated local part of at most 64 characters, host names of letters, digits and inner
 * hyphens, a TLD of letters), all of which class-validator's IsEmail accepts; any other address, valid or not, is left to it.
 */
export const PLAIN_EMAIL =
  /^(?=[^@]{1,64}@)[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/**
 * The decorators above, written out for a body that passes every one of them: what class-validator would accept,
 * and never more (a length in UTF-16 units is never less than class-validator's; an absent optional field must be
 * absent, not null). A body this does not accept goes through class-validator, for its own messages.
 */
function isPlainSubmission(body: unknown): boolean {
  if (!isRecord(body) || !hasOnly(body, SUBMISSION_KEYS)) return false;
  const { title, description, category, district, location, contact, language, channel } = body;
  if (!isText(title, TITLE_MAX) || !isText(description, DESCRIPTION_MAX) || !isText(category, 40)) return false;
  if (!(LANGUAGES as readonly unknown[]).includes(language)) return false;
  if (channel !== undefined && !(CHANNELS as readonly unknown[]).includes(channel)) return false;
  if (location !== undefined && !isPlainLocation(location)) return false;
  if (district === undefined ? !isRecord(location) || location.lat === undefined : !isText(district, 40)) return false;
  return contact === undefined || isPlainContact(contact);
}

function isPlainLocation(location: unknown): boolean {
  if (!isRecord(location) || !hasOnly(location, LOCATION_KEYS)) return false;
  const { lat, lon, address } = location;
  const point = lat !== undefined || lon !== undefined;
  if (point && !(isNumber(lat) && isLatitude(String(lat)) && isNumber(lon) && isLongitude(String(lon)))) return false;
  if (address === undefined) return point;
  return typeof address === 'string' && /\S/.test(address) && address.length <= 300;
}

function isPlainContact(contact: unknown): boolean {
  if (!isRecord(contact) || !hasOnly(contact, CONTACT_KEYS)) return false;
  const { name, email, phone } = contact;
  return (
    (name === undefined || isText(name, 200)) &&
    (email === undefined || (typeof email === 'string' && email.length <= 254 && PLAIN_EMAIL.test(email))) &&
    (phone === undefined || (typeof phone === 'string' && PHONE.test(phone)))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasOnly(value: object, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

export class SubmittedIdea {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
  @ApiProperty({ description: 'Secret: the citizen keeps it to follow and answer their idea at /track/{trackingToken}' }) trackingToken: string;
  @ApiProperty({ example: 'routed' }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'TMF' }) department: string | null;
  @ApiProperty() revision: number;
}
