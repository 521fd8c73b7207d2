import { ProblemError } from '../http/problem';

/** Past the endpoint's roles, but not for this idea or inbox (another department, or triage): 403, and nothing is changed. */
export function accessRefused(detail: string): ProblemError {
  return new ProblemError(403, 'department-not-allowed', 'Your roles do not allow this here', detail);
}

/** The same for one idea, naming the action and where the idea stands. */
export function ideaAccessRefused(action: string, department: string | null): ProblemError {
  return accessRefused(`Your roles and departments do not allow ${action} on an idea ${department === null ? 'in triage' : `in department ${department}`}.`);
}
