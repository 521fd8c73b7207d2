import { ENDPOINT_ROLES, type IdeaAction, mayActOnIdea, mayReadInbox } from './access-policy';
import { type Role, type StaffMember } from '@civic/casework';

const member = (roles: Role[], departments: string[] = ['TMF']): StaffMember => ({
  subject: 'someone',
  roles: new Set(roles),
  departments: new Set(departments),
  email: null,
});

const CASEWORK: IdeaAction[] = ['read', 'audit', 'diagnose', 'ask', 'answer', 'record-progress', 'complete', 'mark-duplicate'];
const ALL_ACTIONS: IdeaAction[] = [...CASEWORK, 'assign', 'route'];
const allowed = (staff: StaffMember, department: string | null) => ALL_ACTIONS.filter((action) => mayActOnIdea(staff, action, department));

describe('access policy: ideas', () => {
  it('lets a handler do the case work of their own department, and nothing in another', () => {
    expect(allowed(member(['handler']), 'TMF')).toEqual(CASEWORK);
    expect(allowed(member(['handler']), 'BUF')).toEqual([]);
  });

  it('lets a department lead also assign and re-route, in their own department only', () => {
    expect(allowed(member(['department-lead']), 'TMF')).toEqual([...CASEWORK, 'assign', 'route']);
    expect(allowed(member(['department-lead']), 'BUF')).toEqual([]);
  });

  it('lets a dispatcher read, audit and route any idea, triage included, but not work on a routed one', () => {
    for (const department of ['TMF', 'BUF']) expect(allowed(member(['dispatcher']), department)).toEqual(['read', 'audit', 'route']);
  });

  it('lets a manager read and audit every idea and change none', () => {
    for (const department of ['TMF', 'BUF', null]) expect(allowed(member(['manager']), department)).toEqual(['read', 'audit']);
  });

  it('gives an admin no case work', () => {
    for (const department of ['TMF', 'BUF', null]) expect(allowed(member(['admin']), department)).toEqual([]);
  });

  it('leaves a triage idea to a dispatcher (routing, or marking a repeat a duplicate): department roles have no department to act in', () => {
    expect(allowed(member(['handler', 'department-lead']), null)).toEqual([]);
    expect(allowed(member(['dispatcher']), null)).toEqual(['read', 'audit', 'mark-duplicate', 'route']);
    expect(mayActOnIdea(member(['dispatcher']), 'mark-duplicate', 'TMF')).toBe(false);
  });

  it('adds roles up: a handler who also dispatches routes anywhere and works only their own ideas', () => {
    const both = member(['handler', 'dispatcher']);
    expect(allowed(both, 'TMF')).toEqual([...CASEWORK, 'route']);
    expect(allowed(both, 'BUF')).toEqual(['read', 'audit', 'route']);
  });

  it('counts only the departments in the claim, several of them', () => {
    const lead = member(['department-lead'], ['TMF', 'KFF']);
    expect(mayActOnIdea(lead, 'assign', 'KFF')).toBe(true);
    expect(mayActOnIdea(lead, 'assign', 'BUF')).toBe(false);
    expect(mayActOnIdea(member(['handler'], []), 'read', 'TMF')).toBe(false);
  });

  it('gives nothing to a member without roles', () => {
    for (const department of ['TMF', 'BUF', null]) expect(allowed(member([]), department)).toEqual([]);
  });
});

describe('access policy: inboxes', () => {
  const readers = (department: string | null) =>
    (['handler', 'department-lead', 'dispatcher', 'manager', 'admin'] as Role[]).filter((role) => mayReadInbox(member([role]), department));

  it('opens a department inbox to its handlers and leads, and to managers', () => {
    expect(readers('TMF')).toEqual(['handler', 'department-lead', 'manager']);
    expect(readers('BUF')).toEqual(['manager']);
  });

  it('opens the triage inbox to dispatchers and managers', () => {
    expect(readers(null)).toEqual(['dispatcher', 'manager']);
  });

  it('does not scope a dispatcher to the departments in their claim', () => {
    expect(mayReadInbox(member(['dispatcher'], ['TMF']), 'TMF')).toBe(false);
  });
});

describe('endpoint roles agree with the department decisions', () => {
  const ROLES: Role[] = ['handler', 'department-lead', 'dispatcher', 'manager', 'admin'];
  const someDepartmentAllows = (role: Role, action: IdeaAction) => ['TMF', 'BUF', null].some((department) => mayActOnIdea(member([role]), action, department));
  const cases: Array<[keyof typeof ENDPOINT_ROLES, IdeaAction]> = [
    ['readIdea', 'read'],
    ['auditIdea', 'audit'],
    ['routeIdea', 'route'],
    ['assignIdea', 'assign'],
    ['workOnIdea', 'diagnose'],
    ['workOnIdea', 'answer'],
  ];

  it.each(cases)('%s lets in exactly the roles that may %s somewhere', (endpoint, action) => {
    expect([...ENDPOINT_ROLES[endpoint]].sort()).toEqual(ROLES.filter((role) => someDepartmentAllows(role, action)).sort());
  });

  it('departmentInbox and triageInbox let in exactly the roles that may read some such inbox', () => {
    expect([...ENDPOINT_ROLES.departmentInbox].sort()).toEqual(ROLES.filter((role) => mayReadInbox(member([role]), 'TMF')).sort());
    expect([...ENDPOINT_ROLES.triageInbox].sort()).toEqual(ROLES.filter((role) => mayReadInbox(member([role]), null)).sort());
  });
});
