import { ApiProperty } from '@nestjs/swagger';

/** One projection's place behind the event store. */
export class ProjectionStatusView {
  @ApiProperty({ example: 'inbox' }) name: string;
  @ApiProperty() generation: number;
  @ApiProperty({ type: String, nullable: true, description: '"commit/prepare" of the last event applied; null before the first' }) checkpoint: string | null;
  @ApiProperty({ type: String, nullable: true }) head: string | null;
  @ApiProperty({ description: 'Global positions between the checkpoint and the head' }) positionsBehind: number;
  @ApiProperty({ description: 'How long the oldest event not yet applied has waited; 0 when caught up' }) secondsBehind: number;
  @ApiProperty() eventsApplied: number;
  @ApiProperty({ description: 'Whether some worker holds the projection right now' }) owned: boolean;
}

/** One reactor's place behind the event store. */
export class ReactorStatusView {
  @ApiProperty({ example: 'citizen-notifications' }) name: string;
  @ApiProperty({ type: String, nullable: true }) checkpoint: string | null;
  @ApiProperty() positionsBehind: number;
  @ApiProperty({ description: 'Grows while Redis is unreachable' }) secondsBehind: number;
  @ApiProperty() owned: boolean;
}

export class HealthView {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['up'] }) database: 'up';
  @ApiProperty({ enum: ['up'] }) eventStore: 'up';
  @ApiProperty({ type: [ProjectionStatusView] }) projections: ProjectionStatusView[];
  @ApiProperty({ type: [ReactorStatusView] }) reactors: ReactorStatusView[];
}
