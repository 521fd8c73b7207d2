import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * GeoReport v2's JSON bodies as the OpenAPI document describes them (the
 * shapes of open311-services.ts and open311-requests.ts). Fields the spec
 * allows to be empty are always sent, as null.
 */

export class Open311ServiceView {
  @ApiProperty({ example: 'roads' }) service_code: string;
  @ApiProperty({ example: 'Veje og fortove' }) service_name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'Always true: every service has at least the district attribute (see its definition)' }) metadata: boolean;
  @ApiProperty({ enum: ['realtime'] }) type: 'realtime';
  @ApiProperty({ type: String, nullable: true }) keywords: string | null;
  @ApiProperty({ type: String, nullable: true }) group: string | null;
}

export class Open311AttributeValueView {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
}

export class Open311AttributeView {
  @ApiProperty() variable: boolean;
  @ApiProperty({ example: 'district' }) code: string;
  @ApiProperty({ enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] }) datatype: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: String, nullable: true }) datatype_description: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) order: number | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiPropertyOptional({ type: [Open311AttributeValueView], description: 'For the list datatypes' }) values?: Open311AttributeValueView[];
}

export class Open311ServiceDefinitionView {
  @ApiProperty({ example: 'roads' }) service_code: string;
  @ApiProperty({ type: [Open311AttributeView] }) attributes: Open311AttributeView[];
}

/** A service request as anyone may read it: public data only. */
export class Open311RequestView {
  @ApiProperty({ example: 'K-2026-000123', description: 'The public code of the idea' }) service_request_id: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty({ type: String, nullable: true }) status_notes: string | null;
  @ApiProperty({ type: String, nullable: true }) service_name: string | null;
  @ApiProperty() service_code: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) agency_responsible: string | null;
  @ApiProperty({ type: String, nullable: true }) service_notice: string | null;
  @ApiProperty({ format: 'date-time' }) requested_datetime: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updated_datetime: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expected_datetime: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) address_id: string | null;
  @ApiProperty({ type: String, nullable: true }) zipcode: string | null;
  @ApiProperty({ type: Number, nullable: true }) lat: number | null;
  @ApiProperty({ type: Number, nullable: true }) long: number | null;
  @ApiProperty({ type: String, nullable: true }) media_url: string | null;
}

/** The answer to a submitted service request. */
export class Open311SubmittedView {
  @ApiProperty({ example: 'K-2026-000123', description: 'The public code of the new idea' }) service_request_id: string;
  @ApiProperty({ description: 'Who answers, and within how many working days' }) service_notice: string;
  @ApiProperty({ type: String, nullable: true, description: 'The account_id the client sent, if any' }) account_id: string | null;
}

/** GeoReport v2's error: the list holds one, whose code is the HTTP status. */
export class Open311ErrorView {
  @ApiProperty({ type: 'integer', example: 400, description: 'The HTTP status' }) code: number;
  @ApiProperty({ example: 'service_code is required: see services.json' }) description: string;
}
