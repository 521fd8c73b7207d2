import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PUBLIC_STATUSES, type PublicStatus } from '@civic/projections';

const CODE = /^[a-z0-9-]{1,40}$/;
/** Enough for a title and the start of a description: what the form sends while the citizen writes. */
export const SIMILAR_TEXT_MAX = 2000;

export class SimilarIdeasInput {
  @ApiProperty({
    example: 'Sikker cykelsti til skolen',
    description: 'What the citizen has written so far: title, description or both',
    maxLength: SIMILAR_TEXT_MAX,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SIMILAR_TEXT_MAX)
  text: string;
  @ApiPropertyOptional({ example: 'valby', description: 'A code from GET /districts: ideas there weigh more' })
  @IsOptional()
  @IsString()
  @Matches(CODE)
  district?: string;
  @ApiPropertyOptional({ example: 'traffic', description: 'A code from GET /categories: ideas there weigh more' })
  @IsOptional()
  @IsString()
  @Matches(CODE)
  category?: string;
}

/** A similar public idea: what its public page shows of it, and how alike it is. */
export class SimilarIdeaView {
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
  @ApiProperty({ description: 'Masked for personal data, as on the public page' }) title: string;
  @ApiProperty({ enum: PUBLIC_STATUSES }) status: PublicStatus;
  @ApiProperty({ example: 'traffic' }) category: string;
  @ApiProperty({ example: 'valby' }) district: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How alike: the weighted share of words in common, title trigrams, same district and category' })
  score: number;
}

/** A similar idea on the submit form: what the citizen may support instead of writing it again. */
export class SimilarPublicIdeaView extends SimilarIdeaView {
  @ApiProperty({ minimum: 0, description: 'Confirmed supports (each address once), as the idea’s public page counts them' }) supports: number;
  @ApiProperty({ example: '/public/ideas/K-2026-000123#support', description: 'Its public page at the support form: to support it instead' })
  supportUrl: string;
}

export class SimilarIdeasView {
  @ApiProperty({ type: [SimilarPublicIdeaView], maxItems: 5, description: 'Best first; empty when nothing is alike enough' }) items: SimilarPublicIdeaView[];
}

/** A likely duplicate of a case, with the reasons behind its score. */
export class DuplicateCandidateView extends SimilarIdeaView {
  @ApiProperty({ format: 'uuid', description: 'To mark the case a duplicate of this one (POST /ideas/{id}/duplicate)' }) ideaId: string;
  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description: "The share of the case's words this idea has, each weighed by how rare it is among the ideas (by stem, accents folded)",
  })
  textRank: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Trigram similarity of the titles' }) titleSimilarity: number;
  @ApiProperty() sameDistrict: boolean;
  @ApiProperty() sameCategory: boolean;
}

export class DuplicateCandidatesView {
  @ApiProperty({ type: [DuplicateCandidateView], maxItems: 5 }) items: DuplicateCandidateView[];
}
