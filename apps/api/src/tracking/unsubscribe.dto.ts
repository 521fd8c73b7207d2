import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** RFC 8058: a mail client's one-click POST sends `List-Unsubscribe=One-Click` as a form; JSON and empty bodies are fine too. */
export class UnsubscribeInput {
  @ApiPropertyOptional({ enum: ['One-Click'] })
  @IsOptional()
  @IsIn(['One-Click'])
  'List-Unsubscribe'?: string;
}
