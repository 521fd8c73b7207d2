import { addCalendarMonths } from './calendar-months';
import type { InitiativeCommand } from './initiative.commands';
import { InitiativeAlreadyExistsError, InitiativeNotFoundError, InitiativeWrongStatusError, InvalidInitiativeInputError } from './initiative.errors';
import type { InitiativeEvent } from './initiative.events';
import type { Initiative, InitiativeState } from './initiative.state';
import {
  CO_INITIATORS_MAX,
  COLLECTION_MONTHS_MAX,
  COLLECTION_MONTHS_MIN,
  COUNCIL_DECISION_MONTHS,
  INITIATIVE_TEXT_MAX,
  INITIATIVE_TITLE_MAX,
  type InitiativeStatus,
} from './vocabulary';

/** Judges a command against an initiative's past: the events it produces, or a domain error. Pure. */
export function decideInitiative(command: InitiativeCommand, state: InitiativeState): InitiativeEvent[] {
  if (command.type === 'StartInitiative') {
    if (state) throw new InitiativeAlreadyExistsError(command.initiativeId);
    requireText(command.title, command.text, command.collectionMonths);
    if (!Number.isInteger(command.coInitiatorCount) || command.coInitiatorCount < 0 || command.coInitiatorCount > CO_INITIATORS_MAX)
      throw new InvalidInitiativeInputError(`At most ${CO_INITIATORS_MAX} co-initiators.`, 'coInitiators');
    const { type: _type, ...data } = command;
    return [{ type: 'InitiativeStarted', data }];
  }
  if (!state) throw new InitiativeNotFoundError(command.initiativeId);
  const { initiativeId, at } = command;

  switch (command.type) {
    case 'ReturnInitiativeForChanges':
      requireStatus(state, ['screening'], 'returned for changes');
      if (command.reason.trim() === '') throw new InvalidInitiativeInputError('Say what should change.', 'reason');
      return [{ type: 'InitiativeReturnedForChanges', data: { initiativeId, at, by: command.by, reason: command.reason } }];

    case 'ReviseInitiative':
      requireStatus(state, ['returned'], 'revised');
      requireText(command.title, command.text, command.collectionMonths);
      return [{ type: 'InitiativeRevised', data: { initiativeId, at, title: command.title, text: command.text, collectionMonths: command.collectionMonths } }];

    case 'ApproveInitiative': {
      requireStatus(state, ['screening'], 'approved');
      if (!Number.isInteger(command.requiredSignatures) || command.requiredSignatures < 1)
        throw new InvalidInitiativeInputError('The threshold must be at least one signature.', 'requiredSignatures');
      // Whole calendar months from the day of approval, through the same date (clamped like the council's deadline).
      const collectionLastDay = addCalendarMonths(command.approvedOn, state.collectionMonths);
      return [
        {
          type: 'InitiativeApproved',
          data: {
            initiativeId,
            at,
            by: command.by,
            thresholdRule: command.thresholdRule,
            residents: command.residents,
            requiredSignatures: command.requiredSignatures,
            collectionLastDay,
            collectionEndsAt: command.endOfLocalDay(collectionLastDay),
          },
        },
      ];
    }

    case 'RecordThresholdReached': {
      // Told again (a later signature, a replayed job): the threshold is a fact once.
      if (state.status !== 'collecting') return [];
      const required = state.requiredSignatures ?? Infinity;
      if (command.confirmedSignatures < required) return [];
      const decideBy = addCalendarMonths(command.reachedOn, COUNCIL_DECISION_MONTHS);
      return [
        { type: 'InitiativeThresholdReached', data: { initiativeId, at, confirmedSignatures: command.confirmedSignatures, requiredSignatures: required } },
        { type: 'InitiativeReferredToCouncil', data: { initiativeId, at, decideBy, deadlineAt: command.endOfLocalDay(decideBy) } },
      ];
    }

    case 'CloseExpiredCollection': {
      if (state.status !== 'collecting' || state.collectionEndsAt === null) return [];
      if (Date.parse(at) < Date.parse(state.collectionEndsAt)) return [];
      const required = state.requiredSignatures ?? 0;
      // Reached on the last day but not yet told: the counter's own job records it; never close one that made it.
      if (command.confirmedSignatures >= required) return [];
      return [
        { type: 'InitiativeCollectionExpired', data: { initiativeId, at, confirmedSignatures: command.confirmedSignatures, requiredSignatures: required } },
      ];
    }

    case 'RecordMissedCouncilDeadline':
      if (state.status !== 'referred' || state.councilDeadlineMissed || state.deadlineAt === null || state.decideBy === null) return [];
      if (Date.parse(at) < Date.parse(state.deadlineAt)) return [];
      return [{ type: 'CouncilDecisionDeadlineMissed', data: { initiativeId, at, decideBy: state.decideBy } }];

    case 'RecordCouncilDecision':
      requireStatus(state, ['referred'], 'decided');
      if (command.statement.trim() === '') throw new InvalidInitiativeInputError('Publish the council’s reasons.', 'statement');
      return [
        {
          type: 'CouncilDecisionRecorded',
          data: { initiativeId, at, by: command.by, decision: command.decision, statement: command.statement, decidedOn: command.decidedOn },
        },
      ];

    case 'EraseInitiatorData':
      if (state.initiatorErased) return [];
      return [{ type: 'InitiatorDataErased', data: { initiativeId, at, by: command.by } }];
  }
}

function requireStatus(state: Initiative, allowed: readonly InitiativeStatus[], action: string): void {
  if (!allowed.includes(state.status)) throw new InitiativeWrongStatusError(state.id, state.status, action);
}

function requireText(title: string, text: string, collectionMonths: number): void {
  if (title.trim() === '' || title.length > INITIATIVE_TITLE_MAX)
    throw new InvalidInitiativeInputError(`A title of 1 to ${INITIATIVE_TITLE_MAX} characters.`, 'title');
  if (text.trim() === '' || text.length > INITIATIVE_TEXT_MAX)
    throw new InvalidInitiativeInputError(`A text of 1 to ${INITIATIVE_TEXT_MAX} characters.`, 'text');
  if (!Number.isInteger(collectionMonths) || collectionMonths < COLLECTION_MONTHS_MIN || collectionMonths > COLLECTION_MONTHS_MAX)
    throw new InvalidInitiativeInputError(`A collection period of ${COLLECTION_MONTHS_MIN} to ${COLLECTION_MONTHS_MAX} months.`, 'collectionMonths');
}
