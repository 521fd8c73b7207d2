import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type Language } from '@civic/ideas';
import {
  CO_INITIATORS_MAX,
  COLLECTION_MONTHS_MAX,
  COLLECTION_MONTHS_MIN,
  COUNCIL_DECISIONS,
  type CouncilDecision,
  DEFAULT_COLLECTION_MONTHS,
  INITIATIVE_TEXT_MAX,
  INITIATIVE_TITLE_MAX,
} from '@civic/initiatives';

export class PersonInput {
  @ApiProperty({ example: 'Karen Hansen', description: 'Personal data: sealed, never published' }) @IsString() @Matches(/\S/) @MaxLength(200) name: string;
  @ApiProperty({ example: 'karen@example.dk', description: 'Personal data: sealed' }) @IsEmail() @MaxLength(254) email: string;
}

export class StartInitiativeInput {
  @ApiProperty({ example: 'Istedgade without cars', maxLength: INITIATIVE_TITLE_MAX })
  @IsString()
  @Matches(/\S/)
  @MaxLength(INITIATIVE_TITLE_MAX)
  title: string;

  @ApiProperty({ example: 'Close Istedgade to cars between Halmtorvet and Enghave Plads.', maxLength: INITIATIVE_TEXT_MAX })
  @IsString()
  @Matches(/\S/)
  @MaxLength(INITIATIVE_TEXT_MAX)
  text: string;

  @ApiPropertyOptional({ minimum: COLLECTION_MONTHS_MIN, maximum: COLLECTION_MONTHS_MAX, default: DEFAULT_COLLECTION_MONTHS })
  @IsOptional()
  @IsInt()
  @Min(COLLECTION_MONTHS_MIN)
  @Max(COLLECTION_MONTHS_MAX)
  collectionMonths?: number;

  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;

  @ApiProperty({ type: PersonInput, description: 'The initiator; sealed, erasable' })
  @ValidateNested()
  @Type(() => PersonInput)
  initiator: PersonInput;

  @ApiPropertyOptional({ type: [PersonInput], maxItems: CO_INITIATORS_MAX, description: 'Co-initiators; sealed with the initiator’s data' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CO_INITIATORS_MAX)
  @ValidateNested({ each: true })
  @Type(() => PersonInput)
  coInitiators?: PersonInput[];
}

export class ReviseInitiativeInput {
  @ApiProperty({ maxLength: INITIATIVE_TITLE_MAX }) @IsString() @Matches(/\S/) @MaxLength(INITIATIVE_TITLE_MAX) title: string;
  @ApiProperty({ maxLength: INITIATIVE_TEXT_MAX }) @IsString() @Matches(/\S/) @MaxLength(INITIATIVE_TEXT_MAX) text: string;
  @ApiProperty({ minimum: COLLECTION_MONTHS_MIN, maximum: COLLECTION_MONTHS_MAX })
  @IsInt()
  @Min(COLLECTION_MONTHS_MIN)
  @Max(COLLECTION_MONTHS_MAX)
  collectionMonths: number;
}

export class ReturnInitiativeInput {
  @ApiProperty({ example: 'Say which stretch of the street you mean.' }) @IsString() @Matches(/\S/) @MaxLength(INITIATIVE_TEXT_MAX) reason: string;
}

export class CouncilDecisionInput {
  @ApiProperty({ enum: COUNCIL_DECISIONS }) @IsIn(COUNCIL_DECISIONS) decision: CouncilDecision;
  @ApiProperty({ description: 'The council’s reasons in plain language: published' })
  @IsString()
  @Matches(/\S/)
  @MaxLength(INITIATIVE_TEXT_MAX)
  statement: string;
  @ApiProperty({ example: '2027-01-20', description: 'The date of the council meeting' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  decidedOn: string;
}

export class SignInitiativeInput {
  @ApiProperty({ example: 'Ole Dam', description: 'Sealed; published only with publishName' }) @IsString() @Matches(/\S/) @MaxLength(200) name: string;
  @ApiProperty({ example: 'ole@example.dk', description: 'Sealed; the confirmation link goes here' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: 'vesterbro-kongens-enghave' }) @IsString() @Matches(/^[a-z0-9-]{1,60}$/) district: string;
  @ApiProperty({ description: 'I live in the municipality (must be true)', enum: [true] }) @IsBoolean() @Equals(true) residence: boolean;
  @ApiPropertyOptional({ default: false, description: 'Publish my name with the initiative' }) @IsOptional() @IsBoolean() publishName?: boolean;
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the confirmation e-mail; default the initiative’s' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class ConfirmSignatureInput {
  @ApiProperty({ description: 'The token from the confirmation link' }) @IsString() @IsNotEmpty() @MaxLength(200) token: string;
}

export class EraseSignerInput {
  @ApiProperty({ example: 'ole@example.dk', description: 'The address the signer signed with (the signature is found by its keyed hash)' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}
