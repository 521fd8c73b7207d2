import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StartedInitiative {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'I-2026-000001' }) publicCode: string;
  @ApiProperty({ description: 'The initiator’s private token: GET /initiator/{token} and POST /initiator/{token}/revision to follow the screening and revise' })
  initiatorToken: string;
  @ApiProperty() revision: number;
}

export class ChangedInitiative {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() revision: number;
}

export class DistrictSigners {
  @ApiProperty() district: string;
  @ApiProperty() signers: number;
}

export class InitiativeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The revision shown: staff send it as If-Match' }) revision: number;
  @ApiProperty() publicCode: string;
  @ApiProperty({ enum: ['screening', 'returned', 'collecting', 'referred', 'decided', 'expired'] }) status: string;
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty() language: string;
  @ApiProperty() collectionMonths: number;
  @ApiProperty() coInitiatorCount: number;
  @ApiProperty() startedAt: string;
  @ApiProperty({ nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The threshold rule at approval, e.g. percent:2:cap:300' }) thresholdRule: string | null;
  @ApiProperty({ nullable: true, type: Number }) requiredSignatures: number | null;
  @ApiProperty({ description: 'Confirmed signatures, as the read model counts them' }) confirmedSignatures: number;
  @ApiProperty({ nullable: true, type: String, description: 'The last day of the collection (local date)' }) collectionLastDay: string | null;
  @ApiProperty({ nullable: true, type: String }) collectionEndsAt: string | null;
  @ApiProperty({ nullable: true, type: String }) thresholdReachedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The council must decide by this local date' }) decideBy: string | null;
  @ApiProperty() councilDeadlineMissed: boolean;
  @ApiProperty({ nullable: true, type: String, enum: ['adopted', 'partly-adopted', 'rejected'] }) decision: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionStatement: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) expiredAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why staff returned it for changes (while returned)' }) returnReason: string | null;
  @ApiProperty({ type: [DistrictSigners] }) signersByDistrict: DistrictSigners[];
  @ApiProperty({ type: [String], description: 'Names of confirmed signers who agreed to publication (newest first, at most 100)' }) publishedSigners: string[];
}

export class InitiativeListView {
  @ApiProperty({ type: [InitiativeView] }) items: InitiativeView[];
}

export class SignatureReceived {
  @ApiProperty({ enum: ['confirmation-sent', 'confirmed'], description: 'By e-mail: a link was sent (also when this address had signed already)' })
  status: string;
}

export class SignatureConfirmedView {
  @ApiProperty({ enum: ['confirmed'] }) status: string;
  @ApiPropertyOptional() initiativeId?: string;
}

export class ErasedSignerData {
  @ApiProperty() erased: boolean;
}
