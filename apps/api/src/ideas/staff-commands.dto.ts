import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  COST_BANDS,
  type CostBand,
  DECISIONS,
  type Decision,
  FEASIBILITY,
  type Feasibility,
  HIDE_REASONS,
  type HideReason,
  MODERATION_NOTE_MAX,
  RECOMMENDATIONS,
  type Recommendation,
  TEXT_MAX,
} from '@civic/ideas';

export class RouteIdeaInput {
  @ApiProperty({ example: 'TMF' }) @IsString() @IsNotEmpty() @MaxLength(40) department: string;
  @ApiProperty({ example: 'Concerns a municipal road' }) @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) reason: string;
}

export class AssignIdeaInput {
  @ApiProperty({ example: 'handler-anna' }) @IsString() @Matches(/^[\w.@:-]{1,100}$/) assignee: string;
}

export class DiagnoseIdeaInput {
  @ApiProperty({ enum: FEASIBILITY }) @IsIn(FEASIBILITY) feasibility: Feasibility;
  @ApiProperty({ enum: COST_BANDS }) @IsIn(COST_BANDS) costBand: CostBand;
  @ApiProperty({ enum: RECOMMENDATIONS }) @IsIn(RECOMMENDATIONS) recommendation: Recommendation;
  @ApiProperty({ description: 'Staff-internal' }) @IsString() @MaxLength(TEXT_MAX) notes: string;
}

export class AskCitizenInput {
  @ApiProperty({ example: 'Which stretch of the road do you mean?' }) @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) question: string;
}

export class AnswerIdeaInput {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) decision: Decision;
  @ApiProperty({ description: 'Shown publicly: plain language' }) @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) publicAnswer: string;
}

export class ImplementationProgressInput {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) note: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) percentComplete?: number;
}

export class CompleteImplementationInput {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) note: string;
}

export class MarkDuplicateInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() duplicateOf: string;
}

export class HidePublicTextInput {
  @ApiProperty({ enum: HIDE_REASONS, description: 'The public page names this reason in place of the text' }) @IsIn(HIDE_REASONS) reason: HideReason;
  @ApiPropertyOptional({ description: 'Staff-internal', maxLength: MODERATION_NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_NOTE_MAX)
  note?: string;
}

export class ChangedIdea {
  @ApiProperty() id: string;
  @ApiProperty() revision: number;
}

export class AskedQuestion extends ChangedIdea {
  @ApiProperty({ format: 'uuid', description: 'The question the citizen answers (POST /track/{token}/replies with this questionId)' }) questionId: string;
}
