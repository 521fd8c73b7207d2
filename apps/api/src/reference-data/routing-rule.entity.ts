import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** (category, district, keywords) → department; the most specific match of the highest priority wins. */
@Entity('routing_rules')
export class RoutingRuleEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') department: string;
  @Column('text', { nullable: true }) category: string | null;
  @Column('text', { nullable: true }) district: string | null;
  @Column('text', { array: true }) keywords: string[];
  @Column('integer') priority: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
