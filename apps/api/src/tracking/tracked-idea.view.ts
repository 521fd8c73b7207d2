import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import type { StoredEvent } from '@civic/event-store';
import { HIDE_REASONS, type HideReason, type Idea, type IdeaEvent, toIdeaEvent } from '@civic/ideas';
import type { ContactView } from '@civic/casework';
import { TrackedBudgetProposalView } from './tracked-budget-proposal.view';

export class CitizenTimelineEntry {
  @ApiProperty() at: string;
  @ApiProperty({ example: 'routed' }) step: string;
  @ApiProperty({ example: 'Sent to TMF' }) text: string;
}

/** What the citizen sees of their own idea: no staff names, no internal notes. */
const OPEN_QUESTION_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  required: ['questionId', 'question', 'askedAt'],
  additionalProperties: false,
  properties: { questionId: { type: 'string', format: 'uuid' }, question: { type: 'string' }, askedAt: { type: 'string', format: 'date-time' } },
};

/** The contact as given, or the mark that it was erased. */
const CONTACT_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  properties: {
    name: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    erased: { type: 'boolean', enum: [true] },
    erasedAt: { type: 'string', format: 'date-time', nullable: true },
  },
  additionalProperties: false,
};

/** Staff hid the idea's title and description from its public page: the citizen still reads them here, and is told why. */
export class TrackedHiddenTextView {
  @ApiProperty({ enum: HIDE_REASONS, description: 'Why the municipality hid the text from the public page' }) reason: HideReason;
  @ApiProperty({ format: 'date-time' }) hiddenAt: string;
}

export class TrackedIdeaView {
  @ApiProperty() publicCode: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() category: string;
  @ApiProperty() district: string;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) department: string | null;
  @ApiProperty() submittedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The date we promise you an answer by (set when the idea reaches a department)' })
  respondBy: string | null;
  @ApiProperty({ description: 'true once you stopped the e-mails about this idea' }) emailsStopped: boolean;
  @ApiPropertyOptional({ ...OPEN_QUESTION_SCHEMA, description: 'A question from the case handler waiting for your reply' }) openQuestion: {
    questionId: string;
    question: string;
    askedAt: string;
  } | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decision: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publicAnswer: string | null;
  @ApiPropertyOptional({ ...CONTACT_SCHEMA, description: 'Your own contact details, or { erased: true, erasedAt } once erased' }) contact: ContactView | null;
  @ApiPropertyOptional({
    type: TrackedHiddenTextView,
    nullable: true,
    description:
      'Set while the municipality hides your title and description from the public page (the public sees a sentence naming the reason); you still see them here, and the case goes on',
  })
  hiddenText: TrackedHiddenTextView | null;
  @ApiProperty({ type: [CitizenTimelineEntry] }) timeline: CitizenTimelineEntry[];
  @ApiPropertyOptional({
    type: TrackedBudgetProposalView,
    nullable: true,
    description: 'Sent into a participatory-budget round as a proposal: the round and where the proposal stands (review, ballot, result)',
  })
  budgetRound: TrackedBudgetProposalView | null;
}

/** contact: opened by the caller through the vault (SubmitterContacts.view); budgetRound: from the budget_rounds read model. */
export function toTrackedIdeaView(
  state: Idea,
  events: StoredEvent[],
  contact: ContactView | null,
  budgetRound: TrackedBudgetProposalView | null = null,
): TrackedIdeaView {
  return {
    publicCode: state.publicCode,
    title: state.title,
    description: state.description,
    category: state.category,
    district: state.district,
    status: state.status,
    department: state.department,
    submittedAt: state.submittedAt ?? '',
    respondBy: state.respondBy,
    emailsStopped: state.notificationsStoppedAt !== null,
    openQuestion: state.openQuestion,
    decision: state.decision,
    publicAnswer: state.publicAnswer,
    contact,
    // Who hid it is staff-internal, as is the note: only the reason and the day.
    hiddenText: state.hiddenText && { reason: state.hiddenText.reason, hiddenAt: state.hiddenText.at },
    budgetRound,
    timeline: events.flatMap((stored) => {
      const event = toIdeaEvent(stored);
      const entry = event && citizenEntry(event);
      return entry ? [{ at: stored.metadata.occurredAt, ...entry }] : [];
    }),
  };
}

function citizenEntry(event: IdeaEvent): { step: string; text: string } | null {
  switch (event.type) {
    case 'IdeaSubmitted':
      return { step: 'received', text: `Received as ${event.data.publicCode}` };
    case 'IdeaRouted':
      return { step: 'routed', text: `Sent to ${event.data.department}` };
    case 'IdeaAssigned':
      return { step: 'assigned', text: 'A case handler is working on your idea' };
    case 'IdeaDiagnosed':
      return { step: 'assessed', text: 'Your idea has been assessed' };
    case 'CitizenInformationRequested':
      return { step: 'question', text: event.data.question };
    case 'CitizenInformationProvided':
      return { step: 'reply', text: event.data.answer };
    case 'IdeaAnswered':
      return { step: 'answered', text: event.data.publicAnswer };
    case 'IdeaImplementationProgressed':
      return { step: 'implementation', text: event.data.note };
    case 'IdeaImplemented':
      return { step: 'implemented', text: event.data.note };
    case 'IdeaWithdrawn':
      return { step: 'withdrawn', text: 'You withdrew the idea' };
    case 'SubmitterDataErased':
      return { step: 'personal-data-erased', text: 'Your contact details were erased' };
    case 'IdeaMarkedDuplicate':
      return { step: 'duplicate', text: 'Handled together with an earlier idea on the same subject' };
    case 'ResponseDeadlineMissed':
      return { step: 'deadline-missed', text: 'We did not answer by the date we promised; the department head has been told' };
    case 'CitizenNotificationsStopped':
      return { step: 'emails-stopped', text: 'You stopped the e-mails about this idea' };
    default:
      return null;
  }
}
