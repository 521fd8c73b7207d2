import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PHASES, type Phase } from '@civic/budgets';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export class PhaseDatesInput {
  @ApiProperty({ example: '2027-05-01' }) @IsISO8601() from: string;
  @ApiProperty({ example: '2027-05-14' }) @IsISO8601() to: string;
}

export class ScheduleInput {
  @ApiProperty({ type: PhaseDatesInput }) @ValidateNested() @Type(() => PhaseDatesInput) proposals: PhaseDatesInput;
  @ApiProperty({ type: PhaseDatesInput }) @ValidateNested() @Type(() => PhaseDatesInput) review: PhaseDatesInput;
  @ApiProperty({ type: PhaseDatesInput }) @ValidateNested() @Type(() => PhaseDatesInput) voting: PhaseDatesInput;
  @ApiProperty({ type: PhaseDatesInput }) @ValidateNested() @Type(() => PhaseDatesInput) results: PhaseDatesInput;
  @ApiProperty({ type: PhaseDatesInput }) @ValidateNested() @Type(() => PhaseDatesInput) implementation: PhaseDatesInput;
}

/** A round's settings, flat: a district or the whole municipality, approval with at most k or knapsack, greedy or equal shares. */
export class RoundSettingsInput {
  @ApiProperty({ example: 'Nørrebro 2027' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiPropertyOptional({
    type: String,
    description: 'The district voters must live in; absent or null: the whole municipality',
    nullable: true,
    example: 'noerrebro',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  district?: string | null;
  @ApiProperty({ description: 'Whole units of the currency', example: 1000000 }) @IsInt() @Min(1) @Max(1e12) amount: number;
  @ApiProperty({ example: 'DKK' }) @Matches(/^[A-Z]{3}$/) currency: string;
  @ApiProperty({ enum: ['approval', 'knapsack'] }) @IsIn(['approval', 'knapsack']) ballot: 'approval' | 'knapsack';
  @ApiPropertyOptional({ description: 'approval: how many projects a voter may tick', minimum: 1, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxChoices?: number;
  @ApiProperty({ enum: ['greedy', 'equal-shares'] }) @IsIn(['greedy', 'equal-shares']) rule: 'greedy' | 'equal-shares';
  @ApiPropertyOptional({ enum: ['none', 'add1'], description: 'equal-shares only; default add1' }) @IsOptional() @IsIn(['none', 'add1']) completion?:
    'none' | 'add1';
  @ApiPropertyOptional({ type: Number, description: 'null or absent: any age', nullable: true, minimum: 0, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minimumAge?: number | null;
  @ApiProperty({ type: ScheduleInput }) @ValidateNested() @Type(() => ScheduleInput) schedule: ScheduleInput;
}

export class AdvancePhaseInput {
  @ApiProperty({ enum: PHASES, description: 'The next phase; voting is closed by POST …/close-voting' }) @IsIn(PHASES) to: Phase;
}

export class SubmitProposalInput {
  @ApiProperty({ example: 'Benches along the lakes' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ example: 'Ten benches facing the water.' }) @IsString() @IsNotEmpty() @MaxLength(5000) summary: string;
  @ApiPropertyOptional({ description: 'What it is about (GET /categories); its idea is filed so if it wins. Absent: "other"', example: 'parks' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  category?: string;
  @ApiPropertyOptional({
    description: 'Where it is (GET /districts): the round’s district, or any for a municipality-wide round; its idea is filed so if it wins',
    example: 'noerrebro',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  district?: string;
}

export class FeasibilityInput {
  @ApiProperty() @IsBoolean() feasible: boolean;
  @ApiPropertyOptional({ description: 'feasible: the cost estimate, whole units of the round’s currency', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1e12)
  costEstimate?: number;
  @ApiPropertyOptional({ description: 'not feasible: the reason the proposer reads; feasible: an optional note' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class MergeProposalsInput {
  @ApiProperty({ description: 'The proposal that stays' }) @Matches(ID) into: string;
  @ApiProperty({ type: [String], description: 'The proposals merged into it' })
  @IsString({ each: true })
  @Matches(ID, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  proposalIds: string[];
}

export class PaperBallotInput {
  @ApiProperty({ type: [String], description: 'Proposal ids ticked on the sheet' })
  @IsString({ each: true })
  @Matches(ID, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  choices: string[];
  @ApiProperty({ example: 'Nørrebro Library' }) @IsString() @IsNotEmpty() @MaxLength(200) votingPlace: string;
}

export class WinnerProgressInput {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) note: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) percentComplete?: number;
}

export class WinnerCompletedInput {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) note: string;
}

export class ChangedBudgetRound {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ description: 'The round’s revision now: send it as If-Match with the next change' }) revision: number;
}

export class SubmittedProposal extends ChangedBudgetRound {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
}

export class CastPaperBallot {
  @ApiProperty({ format: 'uuid' }) ballotId: string;
}

export class OnlineBallotInput {
  @ApiProperty({ type: [String], description: 'Proposal ids of the projects chosen (approval: at most k; knapsack: costing no more than the amount)' })
  @IsString({ each: true })
  @Matches(ID, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  choices: string[];
  @ApiProperty({ example: 'anna@example.dk', description: 'The voter’s address: the confirmation link goes there; it is sealed and erasable' })
  @IsEmail()
  @MaxLength(254)
  email: string;
  @ApiProperty({ description: 'The voter states that they live in the round’s scope (the municipality, or its district)' })
  @IsBoolean()
  residence: boolean;
  @ApiPropertyOptional({ description: 'The voter states that they are at least the round’s minimum age (needed where the round has one)' })
  @IsOptional()
  @IsBoolean()
  ageConfirmed?: boolean;
  @ApiPropertyOptional({ enum: ['da', 'en', 'sv', 'nb'], description: 'The language of the confirmation e-mail' })
  @IsOptional()
  @IsIn(['da', 'en', 'sv', 'nb'])
  language?: string;
}

export class ConfirmBallotInput {
  @ApiProperty({ description: 'The token from the e-mailed link' }) @IsString() @IsNotEmpty() @MaxLength(200) token: string;
}

export class BallotReceived {
  @ApiProperty({ enum: ['confirmation-sent'] }) status: string;
}

export class BallotConfirmed {
  @ApiProperty({ enum: ['confirmed'] }) status: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
}

export class EraseVoterInput {
  @ApiProperty({ example: 'anna@example.dk', description: 'The address the voter voted with (the ballot is found by its keyed hash)' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ErasedVoterData {
  @ApiProperty() erased: boolean;
}
