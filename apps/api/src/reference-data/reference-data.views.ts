import { ApiProperty } from '@nestjs/swagger';

/** What the reference-data routes answer, for the document (the entities themselves carry TypeORM's decorators, not these). */
export class DistrictView {
  @ApiProperty({ example: 'amager-oest' }) code: string;
  @ApiProperty({ example: 'Amager Øst' }) name: string;
}

export class CategoryView {
  @ApiProperty({ example: 'traffic' }) code: string;
  @ApiProperty({ example: 'Trafik' }) name: string;
}

export class RoutingRuleView {
  @ApiProperty({ example: 'roads-cycling' }) id: string;
  @ApiProperty({ example: 'TMF' }) department: string;
  @ApiProperty({ type: String, nullable: true, example: 'roads' }) category: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'amager-vest' }) district: string | null;
  @ApiProperty({ type: [String], example: ['cykelsti', 'cykel'] }) keywords: string[];
  @ApiProperty({ example: 10 }) priority: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}
