import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMMENT_MAX, RATING_MAX, RATING_MIN } from '@civic/satisfaction';

export class SatisfactionInput {
  @ApiProperty({ minimum: RATING_MIN, maximum: RATING_MAX, example: 4, description: '1: not at all satisfied … 5: entirely satisfied' })
  @IsInt()
  @Min(RATING_MIN)
  @Max(RATING_MAX)
  rating: number;

  @ApiPropertyOptional({ maxLength: COMMENT_MAX, description: 'Kept sealed with the citizen’s contact, and erased with it' })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_MAX)
  comment?: string;
}

export class SatisfactionView {
  @ApiProperty({ minimum: RATING_MIN, maximum: RATING_MAX }) rating: number;
  @ApiProperty({ format: 'date-time' }) at: string;
}
