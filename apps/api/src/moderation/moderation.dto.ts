import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MODERATION_NOTE_MAX, REPORT_REASONS, type ReportReason } from '@civic/ideas';
import { PUBLIC_STATUSES } from '@civic/projections';

export class ReportIdeaInput {
  @ApiProperty({ enum: REPORT_REASONS, description: 'Why the idea breaks the rules' }) @IsIn(REPORT_REASONS) reason: ReportReason;
  @ApiPropertyOptional({ maxLength: MODERATION_NOTE_MAX, description: 'A few words to the moderators (not shown publicly)' })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_NOTE_MAX)
  note?: string;
}

export class ReportedIdeaView {
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
}

export class QueuedReportView {
  @ApiProperty({ enum: REPORT_REASONS }) reason: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: "The citizen's note" }) note: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ModerationQueueItemView {
  @ApiProperty({ format: 'uuid' }) ideaId: string;
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
  @ApiProperty({ description: 'The title as submitted (masked), also while hidden' }) title: string;
  @ApiProperty({ enum: PUBLIC_STATUSES }) status: string;
  @ApiProperty({ description: 'Whether the public text is hidden now' }) hidden: boolean;
  @ApiProperty({ description: 'Reports not yet reviewed' }) openReports: number;
  @ApiProperty() totalReports: number;
  @ApiProperty({ type: [QueuedReportView], description: 'The latest open reports (up to five), newest first' }) recentReports: QueuedReportView[];
  @ApiProperty({ format: 'date-time' }) firstOpenReportAt: string;
  @ApiProperty({ format: 'date-time' }) lastReportedAt: string;
}

export class ModerationQueueView {
  @ApiProperty({ type: [ModerationQueueItemView], description: 'Ideas with open reports, the longest waiting first (up to 100)' })
  items: ModerationQueueItemView[];
}
