import type { Request } from 'express';
import { ProblemError } from './problem';
import { staffContextOf } from './request-context';

const requestWith = (headers: Record<string, string>) => ({ header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

describe('staffContextOf', () => {
  it('takes the actor from X-Dev-Actor outside production, "dev" by default', () => {
    expect(staffContextOf(requestWith({ 'x-dev-actor': 'handler-anna', 'x-correlation-id': 'c-1' }), false)).toEqual({ actor: 'handler-anna', correlationId: 'c-1' });
    expect(staffContextOf(requestWith({}), false).actor).toBe('dev');
  });

  it('refuses a subject that is not one', () => {
    expect(() => staffContextOf(requestWith({ 'x-dev-actor': 'two words' }), false)).toThrow(ProblemError);
  });

  it('closes staff endpoints in production, header or not', () => {
    expect(() => staffContextOf(requestWith({ 'x-dev-actor': 'admin' }), true)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
