import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PUBLIC_STATUS } from './public-status.name';
import type { PublicTimelineEntry } from './public-status.row';

/** The public status as the API reads it: a view the projection runner points at the active generation's table. */
@Entity({ name: PUBLIC_STATUS, synchronize: false })
export class PublicStatusEntity {
  @PrimaryColumn('uuid', { name: 'idea_id' }) ideaId: string;
  @Column('integer', { name: 'last_revision' }) lastRevision: number;
  @Column('text', { name: 'public_code' }) publicCode: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') category: string;
  @Column('text') district: string;
  @Column('text', { nullable: true }) language: string | null;
  @Column('text') status: string;
  @Column('text', { name: 'department_code', nullable: true }) departmentCode: string | null;
  @Column('text', { name: 'department_name', nullable: true }) departmentName: string | null;
  @Column('text', { nullable: true }) decision: string | null;
  @Column('text', { name: 'public_answer', nullable: true }) publicAnswer: string | null;
  @Column('integer', { name: 'implementation_percent', nullable: true }) implementationPercent: number | null;
  @Column('uuid', { name: 'duplicate_of', nullable: true }) duplicateOf: string | null;
  @Column('jsonb') timeline: PublicTimelineEntry[];
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('timestamptz', { name: 'routed_at', nullable: true }) routedAt: Date | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
  @Column('timestamptz', { name: 'implemented_at', nullable: true }) implementedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
