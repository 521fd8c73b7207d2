import { type Role, type StaffMember } from '@civic/casework';

/**
 * Who may do what: pure decisions over a signed-in staff member. Endpoints
 * name their roles with @Roles(ENDPOINT_ROLES.…) (a cheap 403 before any
 * read); where the idea's or inbox's department is known, these functions
 * decide. Roles add up: any role that allows an action allows it.
 */

/** What staff do to one idea; each command of the write side is one of these. */
export type IdeaAction =
  | 'read'
  | 'audit'
  | 'route'
  | 'assign'
  | 'diagnose'
  | 'ask'
  | 'answer'
  | 'record-progress'
  | 'complete'
  | 'mark-duplicate'
  /** Hide or restore the public text, dismiss the citizens' reports. */
  | 'moderate';

/** The case work of the idea's current department (handlers and leads). */
const CASEWORK: ReadonlySet<IdeaAction> = new Set(['read', 'audit', 'diagnose', 'ask', 'answer', 'record-progress', 'complete', 'mark-duplicate']);

/** Roles whose rights hold only in the departments of their claim. */
const DEPARTMENT_ROLES: readonly Role[] = ['handler', 'department-lead'];

/**
 * May this member do this to an idea that is now in `department` (null: in
 * triage, not yet routed)? Only a dispatcher touches a triage idea: routing it, or marking a repeat a duplicate.
 */
export function mayActOnIdea(staff: StaffMember, action: IdeaAction, department: string | null): boolean {
  return rolesOf(staff).some((role) => roleMayActOnIdea(role, action, department, staff.departments));
}

function roleMayActOnIdea(role: Role, action: IdeaAction, department: string | null, own: ReadonlySet<string>): boolean {
  const inOwnDepartment = department !== null && own.has(department);
  switch (role) {
    case 'handler':
      return inOwnDepartment && CASEWORK.has(action);
    case 'department-lead':
      // A lead moderates the ideas of their own department; handlers do not (the lead answers for what the department shows).
      return inOwnDepartment && (CASEWORK.has(action) || action === 'assign' || action === 'route' || action === 'moderate');
    case 'dispatcher':
      // The front desk watches what the public sees of every idea, in any department: it works the moderation queue.
      if (action === 'moderate') return true;
      // Reads (and the audit trail, which GET /ideas/:id's timeline already shows) to route well; no case work.
      // A repeat of an idea lands in triage, so the dispatcher may mark it a duplicate there, before anyone routes it.
      return action === 'read' || action === 'audit' || action === 'route' || (action === 'mark-duplicate' && department === null);
    case 'manager':
      return action === 'read' || action === 'audit';
    case 'admin':
      return false;
  }
}

/** A department's inbox (department code), or the triage inbox (null). */
export function mayReadInbox(staff: StaffMember, department: string | null): boolean {
  if (staff.roles.has('manager')) return true;
  if (department === null) return staff.roles.has('dispatcher');
  return staff.departments.has(department) && DEPARTMENT_ROLES.some((role) => staff.roles.has(role));
}

/**
 * The roles that get past an endpoint at all; department checks follow where
 * the department is known. Kept beside the decisions above so the two agree.
 */
export const ENDPOINT_ROLES = {
  readIdea: ['handler', 'department-lead', 'dispatcher', 'manager'],
  auditIdea: ['handler', 'department-lead', 'dispatcher', 'manager'],
  routeIdea: ['department-lead', 'dispatcher'],
  assignIdea: ['department-lead'],
  workOnIdea: ['handler', 'department-lead'],
  markDuplicate: ['handler', 'department-lead', 'dispatcher'],
  departmentInbox: ['handler', 'department-lead', 'manager'],
  triageInbox: ['dispatcher', 'manager'],
  reports: ['manager'],
  /** Hide or restore an idea's public text, dismiss its reports: the front desk anywhere, a lead in their department. */
  moderate: ['department-lead', 'dispatcher'],
  /** The review queue of reported ideas; management reads it (read-only). */
  moderationQueue: ['department-lead', 'dispatcher', 'manager'],
  /** Citizen initiatives: the front desk (dispatchers) and management screen them before the collection opens. */
  screenInitiatives: ['dispatcher', 'manager'],
  /** The council's decision is recorded by management (the council secretariat). */
  recordCouncilDecision: ['manager'],
  /** Seeing how ideas are routed helps dispatchers and managers; changing it is the admin's. */
  readRoutingRules: ['admin', 'dispatcher', 'manager'],
  administer: ['admin'],
  /** Participatory budgets: opening and running rounds, reviewing proposals, paper ballots, the count, implementation. */
  manageBudgetRounds: ['admin', 'manager'],
  /** Bull Board (/admin/queues): jobs carry ids, never personal data, but retrying and removing them is administration. */
  queueDashboard: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

function rolesOf(staff: StaffMember): Role[] {
  return [...staff.roles];
}
