import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DECISIONS, HIDE_REASONS } from '@civic/ideas';
import { PUBLIC_PAGE_DEFAULT, PUBLIC_PAGE_MAX, PUBLIC_STATUSES, type PublicStatus, TIMELINE_STEPS } from '@civic/projections';

const CODE = /^[a-z0-9-]{1,40}$/;
const NUMBER = String.raw`\s*-?\d{1,3}(?:\.\d{1,12})?\s*`;
const BBOX = new RegExp(`^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`);
/** Department codes are upper case, Danish letters included (ØKF). */
const DEPARTMENT_CODE = /^[\p{Lu}0-9-]{1,20}$/u;

/** Filters and the page of the public list. */
export class ListPublicIdeasInput {
  @ApiPropertyOptional({ enum: PUBLIC_STATUSES, description: 'An assigned idea counts as routed (being handled)' })
  @IsOptional()
  @IsIn(PUBLIC_STATUSES)
  status?: PublicStatus;
  @ApiPropertyOptional({ example: 'amager-oest', description: 'A code from GET /districts' }) @IsOptional() @IsString() @Matches(CODE) district?: string;
  @ApiPropertyOptional({ example: 'traffic', description: 'A code from GET /categories' }) @IsOptional() @IsString() @Matches(CODE) category?: string;
  @ApiPropertyOptional({ example: 'TMF', description: 'The responsible department: a code from GET /departments' })
  @IsOptional()
  @IsString()
  @Matches(DEPARTMENT_CODE)
  department?: string;
  @ApiPropertyOptional({
    example: 'cykelsti',
    description:
      'Words, or the starts of words, that must all occur in the title or description (Danish, Swedish and Norwegian full-text search: "cykel" finds "cykelstien", "gata" finds "gatorna"); or a public code',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({
    example: '12.55,55.66,12.60,55.70',
    description: 'Only ideas with a point inside this box: west,south,east,north in WGS84 degrees (longitude, latitude)',
  })
  @IsOptional()
  @IsString()
  @Matches(BBOX, { message: 'bbox must be west,south,east,north: four numbers, longitude and latitude in degrees' })
  bbox?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: PUBLIC_PAGE_MAX, default: PUBLIC_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PUBLIC_PAGE_MAX)
  limit?: number;
  @ApiPropertyOptional({ description: "The previous page's nextCursor" }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) cursor?: string;
}

export class PlainTextView {
  @ApiProperty({ example: 'Besvaret' }) da: string;
  @ApiProperty({ example: 'Answered' }) en: string;
}

export class PositionView {
  @ApiProperty({ example: 55.676 }) lat: number;
  @ApiProperty({ example: 12.568 }) lon: number;
}

export class PublicDepartmentView {
  @ApiProperty({ example: 'TMF' }) code: string;
  @ApiProperty({ example: 'Teknik- og Miljøforvaltningen' }) name: string;
}

export class PublicTimelineItemView {
  @ApiProperty({ enum: TIMELINE_STEPS }) step: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: PlainTextView, description: 'The step in plain words' }) label: PlainTextView;
  @ApiPropertyOptional({ type: PublicDepartmentView, description: 'routed: where it went' }) department?: PublicDepartmentView;
  @ApiPropertyOptional({ enum: DECISIONS, description: 'answered: the decision' }) decision?: string;
  @ApiPropertyOptional({ description: 'answered, implementation_progress, implemented: the public text, with e-mail addresses, phone and CPR numbers masked' })
  text?: string;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100, description: 'implementation_progress' }) percentComplete?: number | null;
}

export class PublicHiddenTextView {
  @ApiProperty({ enum: HIDE_REASONS }) reason: string;
  @ApiProperty({ type: PlainTextView, description: '"This text was hidden by the municipality because …"' }) text: PlainTextView;
}

class PublicIdeaSummaryView {
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
  @ApiProperty({ description: 'Masked for personal data; while hidden (hiddenText), the neutral sentence in Danish' }) title: string;
  @ApiProperty({ example: 'traffic' }) category: string;
  @ApiProperty({ example: 'amager-oest' }) district: string;
  @ApiProperty({ enum: PUBLIC_STATUSES }) status: string;
  @ApiProperty({ type: PlainTextView, description: 'The status in plain words' }) statusText: PlainTextView;
  @ApiPropertyOptional({ type: PublicDepartmentView, nullable: true, description: 'The responsible department; null until routed' })
  department: PublicDepartmentView | null;
  @ApiPropertyOptional({ enum: DECISIONS, nullable: true }) decision: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'K-2026-000042', description: 'duplicate: the public code of the idea it was merged into' })
  duplicateOf: string | null;
  @ApiPropertyOptional({ type: PositionView, nullable: true, description: 'Where it is, to about 100 m, when the submission gave a point' })
  position: PositionView | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time', description: 'The last public change' }) updatedAt: string;
  @ApiPropertyOptional({
    type: PublicHiddenTextView,
    nullable: true,
    description: 'Set while the municipality hides the title and description (they broke the rules): why, in plain words. The case itself stays public.',
  })
  hiddenText: PublicHiddenTextView | null;
}

export class PublicIdeaListItemView extends PublicIdeaSummaryView {
  @ApiProperty({ description: 'The start of the description (masked)' }) excerpt: string;
}

export class PublicIdeaPageView {
  @ApiProperty({ type: [PublicIdeaListItemView] }) items: PublicIdeaListItemView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor: string | null;
}

/** One idea as anyone may see it: no contact, no staff names, no internal notes, no questions or replies. */
export class PublicIdeaView extends PublicIdeaSummaryView {
  @ApiProperty({ description: 'Masked for personal data' }) description: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'da' }) language: string | null;
  @ApiPropertyOptional({ type: PlainTextView, nullable: true }) decisionText: PlainTextView | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "The department's public answer in plain language (masked)" }) publicAnswer: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100 }) implementationPercent: number | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) routedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) implementedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'When it was withdrawn or merged' }) closedAt: string | null;
  @ApiProperty({ type: [PublicTimelineItemView] }) timeline: PublicTimelineItemView[];
  @ApiProperty({ minimum: 0, description: 'Confirmed supports (each address once, confirmed through the link mailed to it)' }) supports: number;
}
