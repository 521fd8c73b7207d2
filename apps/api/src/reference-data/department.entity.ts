import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('departments')
export class DepartmentEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  /** The response deadline after routing, in working days. */
  @Column('integer', { name: 'response_working_days' }) responseWorkingDays: number;
  /** Where reminders and escalations for the department go; staff-only, never in a public response. */
  @Column('text', { name: 'lead_email', nullable: true }) leadEmail: string | null;
}
