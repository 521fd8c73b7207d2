import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The response_times read model, read through the view that points at the
 * active generation: never synchronized, the projection owns the table.
 */
@Entity({ name: 'response_times', synchronize: false })
export class ResponseTimesEntity {
  @PrimaryColumn('uuid', { name: 'idea_id' }) ideaId: string;
  @Column('integer', { name: 'last_revision' }) lastRevision: number;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('timestamptz', { name: 'routed_at', nullable: true }) routedAt: Date | null;
  @Column('text', { nullable: true }) department: string | null;
  @Column('text') district: string;
  @Column('text') category: string;
  @Column('timestamptz', { name: 'first_response_at', nullable: true }) firstResponseAt: Date | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
  @Column('text', { nullable: true }) decision: string | null;
  @Column('timestamptz', { name: 'implemented_at', nullable: true }) implementedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('text', { nullable: true }) outcome: string | null;
  @Column('integer', { name: 'response_working_days', nullable: true }) responseWorkingDays: number | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt: Date | null;
  @Column('timestamptz', { name: 'deadline_missed_at', nullable: true }) deadlineMissedAt: Date | null;
  @Column('integer', { name: 'working_days_to_answer', nullable: true }) workingDaysToAnswer: number | null;
  /** numeric: TypeORM hands it over as a string, to keep its precision. */
  @Column('numeric', { name: 'hours_to_answer', nullable: true }) hoursToAnswer: string | null;
  @Column('boolean', { name: 'answered_within_deadline', nullable: true }) answeredWithinDeadline: boolean | null;
}
