import { staffMemberFromClaims, UnusableStaffClaims } from './staff-claims';

const names = { rolesClaim: 'roles', departmentsClaim: 'departments' };
const roles = (claims: Record<string, unknown>, claimNames = names) => [...staffMemberFromClaims({ sub: 'anna', ...claims }, claimNames).roles];
const departments = (claims: Record<string, unknown>, claimNames = names) => [...staffMemberFromClaims({ sub: 'anna', ...claims }, claimNames).departments];

describe('staffMemberFromClaims', () => {
  it('makes the subject, roles and departments of a staff member', () => {
    const staff = staffMemberFromClaims({ sub: 'anna@kk.dk', roles: ['handler', 'manager'], departments: ['TMF', 'BUF'] }, names);
    expect(staff.subject).toBe('anna@kk.dk');
    expect([...staff.roles]).toEqual(['handler', 'manager']);
    expect([...staff.departments]).toEqual(['TMF', 'BUF']);
  });

  it('reads space- or comma-separated strings as lists', () => {
    expect(roles({ roles: 'handler department-lead' })).toEqual(['handler', 'department-lead']);
    expect(departments({ departments: 'TMF, ØKF,BUF' })).toEqual(['TMF', 'ØKF', 'BUF']);
  });

  it('follows dotted paths to nested claims, and prefers a claim named exactly so', () => {
    expect(roles({ realm_access: { roles: ['dispatcher', 'offline_access'] } }, { ...names, rolesClaim: 'realm_access.roles' })).toEqual(['dispatcher']);
    expect(roles({ 'https://kk.dk/roles': ['admin'] }, { ...names, rolesClaim: 'https://kk.dk/roles' })).toEqual(['admin']);
    expect(roles({ realm_access: ['handler'] }, { ...names, rolesClaim: 'realm_access.roles' })).toEqual([]);
    expect(roles({ realm_access: null }, { ...names, rolesClaim: 'realm_access.roles' })).toEqual([]);
  });

  it('ignores unknown role names, non-strings and unusable department codes', () => {
    expect(roles({ roles: ['Handler', 'superuser', 42, { role: 'admin' }, 'admin'] })).toEqual(['admin']);
    expect(departments({ departments: ['TMF', '', 'drop table', 7, 'x'.repeat(51)] })).toEqual(['TMF']);
  });

  it('gives no roles or departments when the claims are missing or of another type', () => {
    expect(roles({})).toEqual([]);
    expect(roles({ roles: { handler: true } })).toEqual([]);
    expect(departments({ departments: 12 })).toEqual([]);
  });

  it.each([[undefined], [''], ['two words'], ['<script>'], ['a'.repeat(256)], [42]])('refuses the subject %j', (sub) => {
    expect(() => staffMemberFromClaims({ sub, roles: ['admin'] }, names)).toThrow(UnusableStaffClaims);
  });

  it('accepts the subjects identity providers issue', () => {
    for (const sub of ['AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ', 'f1b9c7a2-2d6e-4f0e-9a43-0e4b1d8c6f11', 'auth0|5f7c8ec7c33c6c004bbafe82', 'handler-anna'])
      expect(staffMemberFromClaims({ sub }, names).subject).toBe(sub);
  });
});
