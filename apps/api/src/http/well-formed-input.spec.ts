import type { NextFunction, Request, Response } from 'express';
import { findIllFormed, isWellFormedText, MAX_JSON_DEPTH, refuseIllFormedInput } from './well-formed-input';

describe('well-formed input', () => {
  it.each([
    ['plain text', 'Sikker cykelsti', true],
    ['an emoji (a surrogate pair)', 'cykel 🚲 sti', true],
    ['the empty string', '', true],
    ['a NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\ud800b', false],
    ['a high surrogate at the end', 'a\udbff', false],
    ['a lone low surrogate', '\udc00b', false],
    ['a pair the wrong way round', '\udc00\ud800', false],
  ])('%s', (_, text, expected) => {
    expect(isWellFormedText(text)).toBe(expected);
  });

  it('names the first ill-formed value or key, with its path', () => {
    expect(findIllFormed({ title: 'ok', contact: { name: 'Karen', email: 'k\ud800@x.dk' } })).toEqual({ field: 'contact.email', reason: 'text' });
    expect(findIllFormed({ keywords: ['a', 'b\u0000'] })).toEqual({ field: 'keywords.1', reason: 'text' });
    expect(findIllFormed({ ['bad\u0000key']: 1 })).toEqual({ field: 'bad\u0000key', reason: 'text' });
    expect(findIllFormed({ title: 'ok', n: 1, b: true, nothing: null })).toBeNull();
    expect(findIllFormed(undefined)).toBeNull();
  });

  it('takes 32 levels of nesting and refuses the 33rd, without overflowing on 100,000', () => {
    const nest = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
    expect(findIllFormed(nest(MAX_JSON_DEPTH))).toBeNull();
    expect(findIllFormed(nest(MAX_JSON_DEPTH + 1))).toEqual({ field: Array(MAX_JSON_DEPTH).fill('0').join('.'), reason: 'depth' });
    expect(findIllFormed(nest(100_000))?.reason).toBe('depth');
  });

  describe('the middleware', () => {
    const run = (request: Partial<Request>) => {
      const sent: { status?: number; type?: string; body?: string } = {};
      const response = {
        status: (status: number) => ((sent.status = status), response),
        type: (type: string) => ((sent.type = type), response),
        send: (body: string) => ((sent.body = body), response),
      } as unknown as Response;
      const next = jest.fn() as NextFunction;
      refuseIllFormedInput({ path: '/ideas', originalUrl: '/ideas', headers: {}, query: {}, body: undefined, ...request } as Request, response, next);
      return { next, status: sent.status, type: sent.type, problem: sent.body ? JSON.parse(sent.body) : undefined };
    };

    it('lets well-formed requests through', () => {
      expect(run({ headers: { 'idempotency-key': 'abc-12345678' }, query: { q: 'cykel' }, body: { title: 'ok' } }).next).toHaveBeenCalled();
    });

    // Node's HTTP parser refuses a NUL in a header before we see it; a lenient parser (--insecure-http-parser) might not.
    it('refuses a NUL in a header the service keeps, naming it', () => {
      const { next, status, type, problem } = run({ headers: { 'idempotency-key': 'key\u0000key' } });
      expect(next).not.toHaveBeenCalled();
      expect({ status, type }).toEqual({ status: 400, type: 'application/problem+json' });
      expect(problem).toMatchObject({ code: 'invalid-header', errors: [{ field: 'idempotency-key' }] });
    });

    it('repeats an ill-formed field name well-formed and short', () => {
      const { problem } = run({ body: { [`${'k'.repeat(500)}\ud800`]: 1 } });
      expect(problem.errors[0].field).toHaveLength(201);
      expect(isWellFormedText(problem.errors[0].field)).toBe(true);
    });

    it('never repeats a path segment (it may be a tracking token)', () => {
      const { problem } = run({ path: '/track/SECRET%00', originalUrl: '/track/SECRET%00' });
      expect(problem).toMatchObject({ status: 400, code: 'invalid-path', instance: '/track/{token}' });
      expect(JSON.stringify(problem)).not.toContain('SECRET');
    });
  });
});
