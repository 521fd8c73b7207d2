import { ApiProperty } from '@nestjs/swagger';
import { RESPONSE_TIMES_GROUPINGS, type ResponseTimesGrouping } from '@civic/projections';

// OpenAPI shapes of the reports; the query functions in @civic/projections produce them.

export class ResponseTimesFiguresView {
  @ApiProperty({ description: 'Ideas received in the period' }) received: number;
  @ApiProperty({ description: 'Of those, answered by now' }) answered: number;
  @ApiProperty({ description: 'Of those, implemented by now' }) implemented: number;
  @ApiProperty({ description: 'Of those, neither answered nor closed (withdrawn, duplicate)' }) openBacklog: number;
  @ApiProperty({
    description: 'Of the open backlog, past the deadline set at the first routing, judged against generatedAt; an idea stops being overdue once answered',
  })
  overdue: number;
  @ApiProperty({
    description:
      'Of those, with a recorded missed deadline (ResponseDeadlineMissed, by now): the deadline passed unanswered. Unlike overdue, it still counts an idea answered late afterwards',
  })
  deadlinesMissed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median working days from received to answered (percentile_cont)' }) medianWorkingDaysToAnswer:
    number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile, working days (percentile_cont)' }) p90WorkingDaysToAnswer: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Median real hours from received to answered' }) medianHoursToAnswer: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile, real hours' }) p90HoursToAnswer: number | null;
  @ApiProperty({ description: 'Answered by the deadline' }) answeredWithinDeadline: number;
  @ApiProperty({ type: Number, nullable: true, description: 'answeredWithinDeadline / answered, 0–1; null when none is answered' })
  answeredWithinDeadlineShare: number | null;
}

export class ResponseTimesGroupView extends ResponseTimesFiguresView {
  @ApiProperty({ type: String, nullable: true, description: 'Department, district or category code, or YYYY-MM; null: not routed yet' }) group: string | null;
}

export class ResponseTimesReportView {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date', description: 'Exclusive' }) to: string;
  @ApiProperty({ example: 'Europe/Copenhagen' }) timeZone: string;
  @ApiProperty({ enum: RESPONSE_TIMES_GROUPINGS }) groupBy: ResponseTimesGrouping;
  @ApiProperty({ format: 'date-time', description: 'The "now" that overdue was judged against' }) generatedAt: string;
  @ApiProperty({ type: [ResponseTimesGroupView] }) groups: ResponseTimesGroupView[];
  @ApiProperty({ type: ResponseTimesFiguresView, description: 'Over every idea received in the period' }) total: ResponseTimesFiguresView;
}

export class ThroughputMonthView {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ description: 'Received in the month' }) received: number;
  @ApiProperty({ description: 'Answered in the month, whenever received' }) answered: number;
  @ApiProperty({ description: 'Implemented in the month, whenever received' }) implemented: number;
  @ApiProperty({ description: 'Deadlines recorded as missed in the month (ResponseDeadlineMissed), whenever the ideas were received' }) deadlinesMissed: number;
}

export class ThroughputReportView {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date', description: 'Exclusive' }) to: string;
  @ApiProperty({ example: 'Europe/Copenhagen' }) timeZone: string;
  @ApiProperty({ type: [ThroughputMonthView], description: 'Every local month the period touches, zeros included' }) months: ThroughputMonthView[];
}

export class SatisfactionFiguresView {
  @ApiProperty({ description: 'Follow-up questions sent in the month' }) asked: number;
  @ApiProperty({ description: 'Answers given in the month' }) answered: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5, description: 'Mean mark of those answers (two decimals); null without answers' })
  averageRating: number | null;
  @ApiProperty({ type: [Number], minItems: 5, maxItems: 5, description: 'How many gave 1, 2, 3, 4 and 5' }) ratings: number[];
}

export class SatisfactionRowView extends SatisfactionFiguresView {
  @ApiProperty({ example: '2026-12' }) month: string;
  @ApiProperty({ type: String, nullable: true, example: 'TMF', description: 'The department that answered; null when the idea was never routed' })
  department: string | null;
}

export class SatisfactionReportView {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ example: 'Europe/Copenhagen' }) timeZone: string;
  @ApiProperty({ type: [SatisfactionRowView] }) rows: SatisfactionRowView[];
  @ApiProperty({ type: SatisfactionFiguresView }) total: SatisfactionFiguresView;
}

export class DistrictParticipationView {
  @ApiProperty({ example: 'valby' }) code: string;
  @ApiProperty({ example: 'Valby' }) name: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Residents (reference data); null: no figure, left out of the shares' }) residents: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "The district's share of all residents with a figure, 0–1" }) residentShare: number | null;
  @ApiProperty({ description: 'Ideas submitted from the district in the period' }) submitters: number;
  @ApiProperty({ description: 'Supports confirmed in the period by people naming the district (less those since withdrawn)' }) supporters: number;
  @ApiProperty({ description: 'Initiative signatures (once citizen initiatives count them)' }) signers: number;
  @ApiProperty() participants: number;
  @ApiProperty({ description: "The district's share of all participants who named a district, 0–1" }) participantShare: number;
  @ApiProperty({ type: Number, nullable: true, description: 'participantShare / residentShare: 1 is exactly its share' }) index: number | null;
  @ApiProperty({ enum: ['over', 'under', 'fair', 'unknown'] }) representation: string;
}

export class ParticipationNotStatedView {
  @ApiProperty() submitters: number;
  @ApiProperty() supporters: number;
  @ApiProperty() signers: number;
}

export class ParticipationThresholdsView {
  @ApiProperty({ example: 1.25 }) over: number;
  @ApiProperty({ example: 0.8 }) under: number;
}

export class ParticipationReportView {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ example: 'Europe/Copenhagen' }) timeZone: string;
  @ApiProperty({ type: [DistrictParticipationView] }) districts: DistrictParticipationView[];
  @ApiProperty({ type: ParticipationNotStatedView, description: 'Who took part without naming a district: not in the shares' })
  notStated: ParticipationNotStatedView;
  @ApiProperty({ type: [String], description: 'Districts whose index is at least thresholds.over' }) overRepresented: string[];
  @ApiProperty({ type: [String], description: 'Districts whose index is at most thresholds.under' }) underRepresented: string[];
  @ApiProperty({ type: ParticipationThresholdsView }) thresholds: ParticipationThresholdsView;
}
