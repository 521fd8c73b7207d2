import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const RESPONSE_WORKING_DAYS_MIN = 1;
export const RESPONSE_WORKING_DAYS_MAX = 60;

/** What an admin may change about a department; its code is its identity and stays. */
export class DepartmentChangeInput {
  @ApiPropertyOptional({ example: 'Teknik- og Miljøforvaltningen' })
  @IsOptional() @IsString() @MaxLength(200) @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ minimum: RESPONSE_WORKING_DAYS_MIN, maximum: RESPONSE_WORKING_DAYS_MAX, example: 10, description: 'The response deadline after routing; applies to ideas routed from now on' })
  @IsOptional() @IsInt() @Min(RESPONSE_WORKING_DAYS_MIN) @Max(RESPONSE_WORKING_DAYS_MAX)
  responseWorkingDays?: number;
}

export class DepartmentView {
  @ApiProperty({ example: 'TMF' }) code: string;
  @ApiProperty({ example: 'Teknik- og Miljøforvaltningen' }) name: string;
  @ApiProperty({ example: 10 }) responseWorkingDays: number;
}
