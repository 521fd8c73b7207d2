import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LANGUAGES, type Language } from '@civic/ideas';

export class SupportIdeaInput {
  @ApiProperty({
    example: 'karen@example.dk',
    description: 'Where the confirmation link goes; sealed, never shown, erased when the support is withdrawn or by retention',
  })
  // Spaces around a pasted address are not part of it (and the same person is counted once either way).
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: 'valby', description: 'The district the supporter lives in (a district code), for the participation report' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  district?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the confirmation e-mail; default: the idea’s' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class SupportRequestedView {
  @ApiProperty({ enum: ['confirmation-sent'], description: 'Always the same, whether or not this address already supports the idea' })
  status: 'confirmation-sent';
}

export class SupportView {
  @ApiProperty({ enum: ['pending', 'confirmed', 'withdrawn'] }) status: 'pending' | 'confirmed' | 'withdrawn';
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
}
