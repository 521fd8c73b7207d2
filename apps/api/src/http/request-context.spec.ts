import type { Request } from 'express';
import { attachStaff } from '../auth/staff-of-request';
import { staffContextOf } from './request-context';
import { type StaffMember } from '@civic/casework';

const requestWith = (headers: Record<string, string>) =>
  ({ method: 'GET', url: '/ideas/1', header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;
const anna: StaffMember = { subject: 'handler-anna', roles: new Set(['handler']), departments: new Set(['TMF']), email: null };

describe('staffContextOf', () => {
  it('takes the actor from the verified token’s subject, and keeps the correlation id', () => {
    const request = requestWith({ 'x-correlation-id': 'c-1' });
    attachStaff(request, anna);
    expect(staffContextOf(request)).toEqual({ actor: 'handler-anna', correlationId: 'c-1', staff: anna });
  });

  it('ignores a request’s claim to be someone: only what the guard verified counts', () => {
    const request = Object.assign(requestWith({ 'x-dev-actor': 'admin' }), { staff: { subject: 'admin' }, user: { sub: 'admin' } });
    expect(() => staffContextOf(request)).toThrow(/has no @Roles/);
  });

  it('makes a correlation id when the request has none', () => {
    const request = requestWith({});
    attachStaff(request, anna);
    expect(staffContextOf(request).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
