import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const CODE = /^[\p{L}\p{N}_-]{1,40}$/u;

export class RoutingRuleInput {
  @ApiProperty({ example: 'TMF' }) @IsString() @Matches(CODE) department: string;
  @ApiPropertyOptional({ type: String, example: 'roads', nullable: true }) @IsOptional() @IsString() @Matches(CODE) category?: string | null;
  @ApiPropertyOptional({ type: String, example: 'amager-vest', nullable: true }) @IsOptional() @IsString() @Matches(CODE) district?: string | null;
  @ApiPropertyOptional({ example: ['cykelsti', 'cykel'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  keywords?: string[];
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsInt() @Min(-1000) @Max(1000) priority?: number;
}

export class CreateRoutingRuleInput extends RoutingRuleInput {
  @ApiPropertyOptional({ example: 'roads-cycling', description: 'Generated when absent' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/)
  id?: string;
}
