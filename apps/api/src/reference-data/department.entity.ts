import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('departments')
export class DepartmentEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  /** The response deadline after routing, in working days. */
  @Column('integer', { name: 'response_working_days' }) responseWorkingDays: number;
}
