import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { DepartmentEntity } from './department.entity';

export const RESPONSE_WORKING_DAYS_MIN = 1;
export const RESPONSE_WORKING_DAYS_MAX = 60;
/** The longest address SMTP carries (RFC 5321). */
export const EMAIL_MAX = 254;

/** What an admin may change about a department; its code is its identity and stays. */
export class DepartmentChangeInput {
  // A department always has a name and a deadline: null is refused (IsOptional would let it through to a NOT NULL column).
  @ApiPropertyOptional({ example: 'Teknik- og Miljøforvaltningen' })
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({
    minimum: RESPONSE_WORKING_DAYS_MIN,
    maximum: RESPONSE_WORKING_DAYS_MAX,
    example: 10,
    description: 'The response deadline after routing; applies to ideas routed from now on',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(RESPONSE_WORKING_DAYS_MIN)
  @Max(RESPONSE_WORKING_DAYS_MAX)
  responseWorkingDays?: number;

  // null clears it, so only an absent field is "no change".
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'email',
    example: 'tmf-ledelse@kk.dk',
    description: 'Where deadline reminders and escalations for the department go; null clears it',
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(EMAIL_MAX)
  @IsEmail({}, { message: 'leadEmail must be an e-mail address' })
  leadEmail?: string | null;
}

/** A department as everyone sees it (GET /departments). */
export class DepartmentView {
  @ApiProperty({ example: 'TMF' }) code: string;
  @ApiProperty({ example: 'Teknik- og Miljøforvaltningen' }) name: string;
  @ApiProperty({ example: 10 }) responseWorkingDays: number;
}

/** A department as the admin sees it: with the lead's address. */
export class DepartmentAdminView extends DepartmentView {
  @ApiProperty({ type: String, nullable: true, example: 'tmf-ledelse@kk.dk' }) leadEmail: string | null;
}

export function toDepartmentView({ code, name, responseWorkingDays }: DepartmentEntity): DepartmentView {
  return { code, name, responseWorkingDays };
}

export function toDepartmentAdminView(department: DepartmentEntity): DepartmentAdminView {
  return { ...toDepartmentView(department), leadEmail: department.leadEmail };
}
