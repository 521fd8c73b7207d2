import type { Idea } from '@civic/ideas';
import type { StaffMember } from '@civic/casework';
import { type IdeaAction, mayActOnIdea } from '../auth/access-policy';

/** The forms of the case page, each named by the path it posts to. */
export const CASE_ACTIONS = ['route', 'acceptSuggestion', 'assign', 'diagnose', 'ask', 'answer', 'progress', 'complete', 'duplicate'] as const;
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
};

type State = Pick<Idea, 'status' | 'department' | 'openQuestion' | 'decision'>;

const ANSWERED = new Set(['answered', 'in_implementation', 'implemented']);
const CLOSED = new Set(['withdrawn', 'duplicate']);

/**
 * The forms the page offers: what the member's roles allow (the access
 * policy the API uses) and what the idea's state leaves possible (the
 * decider's preconditions, so a form is not shown only to be refused).
 */
export function availableActions(staff: StaffMember, state: State): Set<CaseAction> {
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
  };
  return new Set(CASE_ACTIONS.filter((action) => possible[action] && mayActOnIdea(staff, POLICY[action], state.department)));
}
