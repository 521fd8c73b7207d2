import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TEXT_MAX } from '@civic/ideas';

export class CitizenReplyInput {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) answer: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The question answered; the open one when absent' }) @IsOptional() @IsUUID() questionId?: string;
}

export class WithdrawIdeaInput {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT_MAX) reason?: string;
}

export class TrackedChange {
  @ApiProperty({ description: 'The idea’s revision after the change' }) revision: number;
}
