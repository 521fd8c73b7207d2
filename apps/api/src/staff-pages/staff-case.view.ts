import type { Idea } from '@civic/ideas';
import type { StaffMember } from '@civic/casework';
import { type IdeaAction, mayActOnIdea } from '../auth/access-policy';

/** The forms of the case page, each named by the path it posts to. */
export const CASE_ACTIONS = [
  'route',
  'acceptSuggestion',
  'assign',
  'diagnose',
  'ask',
  'answer',
  'progress',
  'complete',
  'duplicate',
  'hide',
  'restore',
  'dismissReports',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Which decision of the access policy each form is. */
export const POLICY: Record<CaseAction, IdeaAction> = {
  route: 'route',
  acceptSuggestion: 'route',
  assign: 'assign',
  diagnose: 'diagnose',
  ask: 'ask',
  answer: 'answer',
  progress: 'record-progress',
  complete: 'complete',
  duplicate: 'mark-duplicate',
  hide: 'moderate',
  restore: 'moderate',
  dismissReports: 'moderate',
};

type State = Pick<Idea, 'status' | 'department' | 'openQuestion' | 'decision' | 'hiddenText'>;

const ANSWERED = new Set(['answered', 'in_implementation', 'implemented']);
const CLOSED = new Set(['withdrawn', 'duplicate']);

/**
 * The forms the page offers: what the member's roles allow (the access
 * policy the API uses) and what the idea's state leaves possible (the
 * decider's preconditions, so a form is not shown only to be refused).
 */
/** openReports: the citizens' reports nobody has reviewed yet (the moderation queue's count). */
export function availableActions(staff: StaffMember, state: State, openReports = 0): Set<CaseAction> {
  const open = !CLOSED.has(state.status) && !ANSWERED.has(state.status);
  const routed = state.department !== null;
  const implementable = (state.status === 'answered' && state.decision === 'accepted') || state.status === 'in_implementation';
  const possible: Record<CaseAction, boolean> = {
    route: open,
    acceptSuggestion: open,
    assign: open && routed,
    diagnose: open && routed,
    ask: open && routed && state.openQuestion === null,
    answer: open && routed,
    progress: implementable,
    complete: implementable,
    duplicate: open,
    // Moderation works in any status: a closed idea's text is as public as an open one's.
    hide: state.hiddenText === null,
    restore: state.hiddenText !== null,
    dismissReports: openReports > 0,
  };
  return new Set(CASE_ACTIONS.filter((action) => possible[action] && mayActOnIdea(staff, POLICY[action], state.department)));
}
