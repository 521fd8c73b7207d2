import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DEPARTMENT_INBOX } from './department-inbox.row';

/** The inbox as the API reads it: a view the projection runner points at the active generation's table. */
@Entity({ name: DEPARTMENT_INBOX, synchronize: false })
export class DepartmentInboxEntity {
  @PrimaryColumn('uuid', { name: 'idea_id' }) ideaId: string;
  @Column('integer', { name: 'last_revision' }) lastRevision: number;
  @Column('text', { name: 'public_code' }) publicCode: string;
  @Column('text') title: string;
  @Column('text') category: string;
  @Column('text') district: string;
  @Column('text', { nullable: true }) department: string | null;
  @Column('text') status: string;
  @Column('text', { nullable: true }) assignee: string | null;
  @Column('text', { nullable: true }) decision: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('timestamptz', { name: 'routed_at', nullable: true }) routedAt: Date | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt: Date | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
  @Column('timestamptz', { name: 'deadline_missed_at', nullable: true }) deadlineMissedAt: Date | null;
  @Column('timestamptz', { name: 'last_activity_at' }) lastActivityAt: Date;
  @Column('boolean') open: boolean;
}
