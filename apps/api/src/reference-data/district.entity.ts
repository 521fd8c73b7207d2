import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('districts')
export class DistrictEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
}
