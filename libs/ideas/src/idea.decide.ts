import type {
  AnswerIdea,
  AskCitizen,
  AssignIdea,
  CompleteImplementation,
  DiagnoseIdea,
  DismissReports,
  EraseSubmitterData,
  HidePublicText,
  IdeaCommand,
  MarkDuplicate,
  ProvideCitizenInformation,
  RecordImplementationProgress,
  RecordMissedDeadline,
  RestorePublicText,
  RouteIdea,
  StopCitizenNotifications,
  SubmitIdea,
  WithdrawIdea,
} from './idea.commands';
import {
  AlreadyAssignedError,
  AlreadyRoutedError,
  AlreadyRoutedThereError,
  IdeaAlreadyAnsweredError,
  IdeaAlreadyExistsError,
  IdeaClosedError,
  IdeaNotFoundError,
  IdeaWithdrawnError,
  ImplementationAlreadyCompletedError,
  InvalidCommandError,
  NoOpenQuestionError,
  NoOpenReportsError,
  NotAcceptedError,
  NotAnsweredYetError,
  NotRoutedYetError,
  PublicTextAlreadyHiddenError,
  PublicTextNotHiddenError,
  QuestionAlreadyOpenError,
  QuestionMismatchError,
  UnknownDepartmentError,
  UnknownIdeaError,
} from './idea.errors';
import type { IdeaEvent } from './idea.events';
import type { Idea } from './idea.state';
import {
  optionalText,
  requireLocation,
  requireNameSpans,
  requireOneOf,
  requirePercent,
  requireResponseDeadline,
  requireSealedContact,
  requireText,
  requireTimestamp,
} from './idea.validation';
import {
  CHANNELS,
  COST_BANDS,
  DECISIONS,
  DESCRIPTION_MAX,
  ERASURE_REASONS,
  FEASIBILITY,
  HIDE_REASONS,
  LANGUAGES,
  MODERATION_NOTE_MAX,
  MASKED_GROWTH,
  RECOMMENDATIONS,
  ROUTED_BY,
  TEXT_MAX,
  TITLE_MAX,
} from './vocabulary';

/**
 * Judges a command against the idea's current state. Returns the events to
 * append, or throws an IdeaDomainError: never a partial result.
 * Order of checks: existence, then the command's own input, then the state.
 */
export function decide(command: IdeaCommand, state: Idea): IdeaEvent[] {
  requireText(command.ideaId, 'ideaId');
  requireTimestamp(command.at);

  if (command.type === 'SubmitIdea') {
    if (state.status !== 'none') throw new IdeaAlreadyExistsError(command.ideaId);
    return submit(command);
  }
  if (state.status === 'none') throw new IdeaNotFoundError(command.ideaId);
  // A handler that folded the wrong stream must not write into it.
  if (state.id !== command.ideaId) throw new InvalidCommandError('ideaId', `does not match the loaded idea ${state.id}`);

  switch (command.type) {
    case 'RouteIdea':
      return route(command, state);
    case 'AssignIdea':
      return assign(command, state);
    case 'DiagnoseIdea':
      return diagnose(command, state);
    case 'AskCitizen':
      return ask(command, state);
    case 'ProvideCitizenInformation':
      return provide(command, state);
    case 'AnswerIdea':
      return answer(command, state);
    case 'RecordImplementationProgress':
      return progress(command, state);
    case 'CompleteImplementation':
      return complete(command, state);
    case 'WithdrawIdea':
      return withdraw(command, state);
    case 'MarkDuplicate':
      return markDuplicate(command, state);
    case 'EraseSubmitterData':
      return eraseSubmitterData(command, state);
    case 'RecordMissedDeadline':
      return recordMissedDeadline(command, state);
    case 'StopCitizenNotifications':
      return stopCitizenNotifications(command, state);
    case 'HidePublicText':
      return hidePublicText(command, state);
    case 'RestorePublicText':
      return restorePublicText(command, state);
    case 'DismissReports':
      return dismissReports(command, state);
    default:
      return unknownCommand(command);
  }
}

function unknownCommand(command: never): never {
  throw new InvalidCommandError('type', `unknown command ${(command as { type?: unknown }).type}`);
}

function submit(c: SubmitIdea): IdeaEvent[] {
  requireText(c.publicCode, 'publicCode');
  requireText(c.trackingTokenHash, 'trackingTokenHash');
  // With sealedText, title and description are masked copies, which may be longer than what was typed (checked by the caller).
  const growth = c.sealedText ? MASKED_GROWTH : 1;
  requireText(c.title, 'title', TITLE_MAX * growth);
  requireText(c.description, 'description', DESCRIPTION_MAX * growth);
  requireText(c.category, 'category');
  requireText(c.district, 'district');
  requireLocation(c.location);
  requireSealedContact(c.contact);
  requireSealedContact(c.sealedText ?? null, 'sealedText');
  if (c.sealedText && c.location?.address !== undefined) {
    throw new InvalidCommandError('location.address', 'must be left out when the text is sealed: the address is sealed with it');
  }
  requireNameSpans(c.submitterNameSpans, c);
  requireOneOf(LANGUAGES, c.language, 'language');
  requireOneOf(CHANNELS, c.channel, 'channel');
  if (c.autoRoute !== null) {
    requireText(c.autoRoute.department, 'autoRoute.department');
    requireText(c.autoRoute.ruleId, 'autoRoute.ruleId');
    requireText(c.autoRoute.reason, 'autoRoute.reason');
    requireResponseDeadline(c.autoRoute.responseDeadline, c.at, 'autoRoute.responseDeadline');
  }
  if (c.budgetRound !== undefined && c.budgetRound !== null) {
    requireText(c.budgetRound.roundId, 'budgetRound.roundId');
    requireText(c.budgetRound.proposalId, 'budgetRound.proposalId');
    if (c.budgetRound.kind !== undefined) requireOneOf(['proposal', 'winner'] as const, c.budgetRound.kind, 'budgetRound.kind');
    if (c.budgetRound.kind === 'proposal' && c.budgetRound.proposalId !== c.ideaId) {
      throw new InvalidCommandError('budgetRound.proposalId', 'an idea sent into a round is its own proposal: the proposal id is the idea id');
    }
  }

  const submitted: IdeaEvent = {
    type: 'IdeaSubmitted',
    data: {
      ideaId: c.ideaId,
      at: c.at,
      publicCode: c.publicCode,
      trackingTokenHash: c.trackingTokenHash,
      title: c.title,
      description: c.description,
      category: c.category,
      district: c.district,
      location: c.location,
      contact: c.contact,
      ...(c.sealedText && { sealedText: c.sealedText }),
      submitterNameSpans: c.submitterNameSpans,
      language: c.language,
      channel: c.channel,
      ...(c.budgetRound && {
        budgetRound: {
          roundId: c.budgetRound.roundId,
          proposalId: c.budgetRound.proposalId,
          ...(c.budgetRound.kind !== undefined && { kind: c.budgetRound.kind }),
        },
      }),
    },
  };
  if (c.autoRoute === null) return [submitted];
  return [
    submitted,
    {
      type: 'IdeaRouted',
      data: {
        ideaId: c.ideaId,
        at: c.at,
        department: c.autoRoute.department,
        previousDepartment: null,
        routedBy: 'rule',
        ruleId: c.autoRoute.ruleId,
        reason: c.autoRoute.reason,
        respondBy: c.autoRoute.responseDeadline.respondBy,
        responseWorkingDays: c.autoRoute.responseDeadline.workingDays,
      },
    },
  ];
}

function route(c: RouteIdea, s: Idea): IdeaEvent[] {
  requireText(c.department, 'department');
  if (!c.knownDepartments.includes(c.department)) throw new UnknownDepartmentError(c.department);
  requireOneOf(ROUTED_BY, c.routedBy, 'routedBy');
  if (c.routedBy === 'rule') requireText(c.ruleId, 'ruleId');
  else optionalText(c.ruleId, 'ruleId');
  optionalText(c.reason, 'reason');
  requireResponseDeadline(c.responseDeadline, c.at);
  requireFollowedSuggestion(c);
  requireAutomatic(c);

  refuseUnlessOpen(s);
  // The model only fills the gap the rules left: whoever routed the idea first, it never overrides.
  if (c.routedBy === 'model' && s.department !== null) throw new AlreadyRoutedError(s.id, s.department);
  if (s.department === c.department) throw new AlreadyRoutedThereError(s.id, c.department);
  // The first routing sets the promise to the citizen; a re-routing keeps it.
  const deadline = s.respondBy !== null && s.responseWorkingDays !== null ? { respondBy: s.respondBy, workingDays: s.responseWorkingDays } : c.responseDeadline;
  return [
    {
      type: 'IdeaRouted',
      data: {
        ideaId: s.id,
        at: c.at,
        department: c.department,
        previousDepartment: s.department,
        routedBy: c.routedBy,
        ruleId: c.ruleId,
        reason: c.reason,
        respondBy: deadline.respondBy,
        responseWorkingDays: deadline.workingDays,
        ...(c.followedSuggestion ? { followedSuggestion: { confidence: c.followedSuggestion.confidence } } : {}),
        ...(c.automatic ? { automatic: { confidence: c.automatic.confidence, words: [...c.automatic.words] } } : {}),
      },
    },
  ];
}

/** Following a suggestion is a person's decision: only a routing by hand can, and the confidence is a probability. */
function requireFollowedSuggestion(c: RouteIdea): void {
  if (c.followedSuggestion === undefined || c.followedSuggestion === null) return;
  if (c.routedBy !== 'hand') throw new InvalidCommandError('followedSuggestion', 'only a routing by hand follows a suggestion');
  const confidence = c.followedSuggestion.confidence;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1)
    throw new InvalidCommandError('followedSuggestion.confidence', 'must be a number from 0 to 1');
}

/** A routing by the model says so and says why: its confidence (above 0, at most 1) and up to ten words; no other routing carries them. */
function requireAutomatic(c: RouteIdea): void {
  const given = c.automatic !== undefined && c.automatic !== null;
  if (c.routedBy !== 'model') {
    if (given) throw new InvalidCommandError('automatic', 'only a routing by the routing model is automatic');
    return;
  }
  if (!given) throw new InvalidCommandError('automatic', "a routing by the model needs the model's confidence and words");
  const { confidence, words } = c.automatic!;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence <= 0 || confidence > 1)
    throw new InvalidCommandError('automatic.confidence', 'must be a number above 0 and at most 1');
  if (!Array.isArray(words) || words.length > 10 || words.some((word) => typeof word !== 'string' || word.trim() === '' || word.length > 100))
    throw new InvalidCommandError('automatic.words', 'must be at most ten words');
}

function assign(c: AssignIdea, s: Idea): IdeaEvent[] {
  requireText(c.assignee, 'assignee');

  refuseUnlessOpen(s);
  requireRouted(s);
  if (s.assignee === c.assignee) throw new AlreadyAssignedError(s.id, c.assignee);
  return [{ type: 'IdeaAssigned', data: { ideaId: s.id, at: c.at, assignee: c.assignee, previousAssignee: s.assignee } }];
}

function diagnose(c: DiagnoseIdea, s: Idea): IdeaEvent[] {
  requireOneOf(FEASIBILITY, c.feasibility, 'feasibility');
  requireOneOf(COST_BANDS, c.costBand, 'costBand');
  requireOneOf(RECOMMENDATIONS, c.recommendation, 'recommendation');
  optionalText(c.notes, 'notes');

  refuseUnlessOpen(s);
  requireRouted(s);
  return [
    {
      type: 'IdeaDiagnosed',
      data: {
        ideaId: s.id,
        at: c.at,
        feasibility: c.feasibility,
        costBand: c.costBand,
        recommendation: c.recommendation,
        notes: c.notes,
      },
    },
  ];
}

function ask(c: AskCitizen, s: Idea): IdeaEvent[] {
  requireText(c.questionId, 'questionId');
  requireText(c.question, 'question');

  refuseUnlessOpen(s);
  requireRouted(s);
  if (s.openQuestion !== null) throw new QuestionAlreadyOpenError(s.id, s.openQuestion.questionId);
  return [{ type: 'CitizenInformationRequested', data: { ideaId: s.id, at: c.at, questionId: c.questionId, question: c.question } }];
}

function provide(c: ProvideCitizenInformation, s: Idea): IdeaEvent[] {
  if (c.questionId !== null) requireText(c.questionId, 'questionId');
  requireText(c.answer, 'answer', c.sealedAnswer ? TEXT_MAX * MASKED_GROWTH : TEXT_MAX);
  requireSealedContact(c.sealedAnswer ?? null, 'sealedAnswer');

  refuseIfClosed(s);
  const open = s.openQuestion;
  if (open === null) throw new NoOpenQuestionError(s.id);
  if (c.questionId !== null && c.questionId !== open.questionId) {
    throw new QuestionMismatchError(s.id, c.questionId, open.questionId);
  }
  return [
    {
      type: 'CitizenInformationProvided',
      data: { ideaId: s.id, at: c.at, questionId: open.questionId, answer: c.answer, ...(c.sealedAnswer && { sealedAnswer: c.sealedAnswer }) },
    },
  ];
}

function answer(c: AnswerIdea, s: Idea): IdeaEvent[] {
  requireOneOf(DECISIONS, c.decision, 'decision');
  requireText(c.publicAnswer, 'publicAnswer');

  refuseUnlessOpen(s);
  requireRouted(s);
  return [{ type: 'IdeaAnswered', data: { ideaId: s.id, at: c.at, decision: c.decision, publicAnswer: c.publicAnswer } }];
}

function progress(c: RecordImplementationProgress, s: Idea): IdeaEvent[] {
  optionalText(c.note, 'note');
  requirePercent(c.percentComplete);

  requireImplementable(s);
  return [
    {
      type: 'IdeaImplementationProgressed',
      data: { ideaId: s.id, at: c.at, note: c.note, percentComplete: c.percentComplete },
    },
  ];
}

function complete(c: CompleteImplementation, s: Idea): IdeaEvent[] {
  optionalText(c.note, 'note');

  requireImplementable(s);
  return [{ type: 'IdeaImplemented', data: { ideaId: s.id, at: c.at, note: c.note } }];
}

function withdraw(c: WithdrawIdea, s: Idea): IdeaEvent[] {
  optionalText(c.reason, 'reason', c.sealedReason ? TEXT_MAX * MASKED_GROWTH : TEXT_MAX);
  requireSealedContact(c.sealedReason ?? null, 'sealedReason');
  if (c.sealedReason && c.reason === null) throw new InvalidCommandError('reason', 'must be the masked copy of the sealed reason');

  refuseUnlessOpen(s);
  return [{ type: 'IdeaWithdrawn', data: { ideaId: s.id, at: c.at, reason: c.reason, ...(c.sealedReason && { sealedReason: c.sealedReason }) } }];
}

function markDuplicate(c: MarkDuplicate, s: Idea): IdeaEvent[] {
  requireText(c.duplicateOf, 'duplicateOf');
  if (c.duplicateOf === c.ideaId) throw new InvalidCommandError('duplicateOf', 'an idea cannot duplicate itself');
  if (c.duplicateOfExists !== true) throw new UnknownIdeaError(c.duplicateOf, 'duplicateOf');

  refuseUnlessOpen(s);
  return [{ type: 'IdeaMarkedDuplicate', data: { ideaId: s.id, at: c.at, duplicateOf: c.duplicateOf } }];
}

/** Allowed in any status: erasure must not depend on where the case stands. Twice is nothing new. */
function eraseSubmitterData(c: EraseSubmitterData, s: Idea): IdeaEvent[] {
  requireOneOf(ERASURE_REASONS, c.reason, 'reason');

  if (s.contactErasedAt !== null) return [];
  return [{ type: 'SubmitterDataErased', data: { ideaId: s.id, at: c.at, reason: c.reason } }];
}

/**
 * Idempotent and forgiving, as a timer's command must be: an idea answered or
 * closed meanwhile, a deadline that has moved, or a miss already recorded is
 * nothing new. Only a deadline not yet passed is refused.
 */
function recordMissedDeadline(c: RecordMissedDeadline, s: Idea): IdeaEvent[] {
  requireTimestamp(c.respondBy, 'respondBy');
  if (Date.parse(c.at) < Date.parse(c.respondBy)) throw new InvalidCommandError('at', `is before the deadline ${c.respondBy}`);

  if (s.status === 'withdrawn' || s.status === 'duplicate' || isAnswered(s)) return [];
  if (s.respondBy !== c.respondBy || s.missedDeadline === c.respondBy || s.department === null) return [];
  return [{ type: 'ResponseDeadlineMissed', data: { ideaId: s.id, at: c.at, respondBy: c.respondBy, department: s.department, assignee: s.assignee } }];
}

/** Allowed in any status, and twice is nothing new: the link in an old e-mail must always work. */
function stopCitizenNotifications(c: StopCitizenNotifications, s: Idea): IdeaEvent[] {
  if (s.notificationsStoppedAt !== null) return [];
  return [{ type: 'CitizenNotificationsStopped', data: { ideaId: s.id, at: c.at } }];
}

// --- moderation: allowed in any status, since a closed idea's text is as public as an open one's ---

function hidePublicText(c: HidePublicText, s: Idea): IdeaEvent[] {
  requireOneOf(HIDE_REASONS, c.reason, 'reason');
  optionalText(c.note, 'note', MODERATION_NOTE_MAX);
  requireText(c.by, 'by');

  if (s.hiddenText !== null) throw new PublicTextAlreadyHiddenError(s.id);
  return [{ type: 'PublicTextHidden', data: { ideaId: s.id, at: c.at, reason: c.reason, note: c.note || null, by: c.by } }];
}

function restorePublicText(c: RestorePublicText, s: Idea): IdeaEvent[] {
  requireText(c.by, 'by');

  if (s.hiddenText === null) throw new PublicTextNotHiddenError(s.id);
  return [{ type: 'PublicTextRestored', data: { ideaId: s.id, at: c.at, by: c.by } }];
}

function dismissReports(c: DismissReports, s: Idea): IdeaEvent[] {
  requireText(c.by, 'by');
  if (!Number.isInteger(c.openReports) || c.openReports < 0) throw new InvalidCommandError('openReports', 'must be a whole number, 0 or more');

  if (c.openReports === 0) throw new NoOpenReportsError(s.id);
  return [{ type: 'IdeaReportsDismissed', data: { ideaId: s.id, at: c.at, by: c.by, reports: c.openReports } }];
}

// --- state guards, shared so every command refuses the same way ---

function refuseIfClosed(s: Idea): void {
  if (s.status === 'withdrawn') throw new IdeaWithdrawnError(s.id);
  if (s.status === 'duplicate') throw new IdeaClosedError(s.id, s.status);
}

function isAnswered(s: Idea): boolean {
  return s.status === 'answered' || s.status === 'in_implementation' || s.status === 'implemented';
}

/** Case work (routing, diagnosis, questions, answering) ends with the answer or with closing. */
function refuseUnlessOpen(s: Idea): void {
  refuseIfClosed(s);
  if (isAnswered(s)) throw new IdeaAlreadyAnsweredError(s.id, s.status);
}

function requireRouted(s: Idea): void {
  if (s.department === null) throw new NotRoutedYetError(s.id);
}

function requireImplementable(s: Idea): void {
  refuseIfClosed(s);
  if (s.status === 'implemented') throw new ImplementationAlreadyCompletedError(s.id);
  if (s.status === 'in_implementation') return;
  if (s.status !== 'answered') throw new NotAnsweredYetError(s.id);
  if (s.decision !== 'accepted') throw new NotAcceptedError(s.id, s.decision);
}
