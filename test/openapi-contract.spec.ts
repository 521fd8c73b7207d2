import type { OpenAPIObject } from '@nestjs/swagger';
import { OpenApiContract, PAGE_ONLY_ROUTES } from './support/openapi-contract';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/ideas/{id}': {
      get: {
        responses: {
          '200': { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/Idea' } } } },
          '404': { description: '', content: problem },
        },
      },
    },
    '/ideas/audit': { get: { responses: { '204': { description: '' } } } },
  },
  components: {
    schemas: {
      Idea: {
        type: 'object',
        required: ['id', 'department'],
        properties: { id: { type: 'string', format: 'uuid' }, department: { nullable: true, allOf: [{ $ref: '#/components/schemas/Department' }] } },
      },
      Department: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
      Problem: { type: 'object', required: ['status'], properties: { status: { type: 'integer' } } },
    },
  },
} as unknown as OpenAPIObject;

const json = (status: number, body: unknown, type = 'application/json') => ({
  status,
  headers: { 'content-type': `${type}; charset=utf-8` },
  body,
  text: JSON.stringify(body),
});
const id = '0b6f3a5e-8c4d-4f1e-9a2b-3c4d5e6f7a8b';

describe('OpenApiContract', () => {
  const contract = new OpenApiContract(document);

  it('passes what the document describes, a nullable reference holding null included', () => {
    expect(contract.violation('GET', `http://x/ideas/${id}`, json(200, { id, department: null }))).toBeNull();
    expect(contract.violation('GET', `/ideas/${id}?a=1`, json(200, { id, department: { code: 'TMF' } }))).toBeNull();
    expect(contract.violation('GET', `/ideas/${id}`, json(404, { status: 404 }, 'application/problem+json'))).toBeNull();
    expect(contract.violation('GET', '/ideas/audit', { status: 204, headers: {}, body: {}, text: '' })).toBeNull();
  });

  it('names the operation and what is wrong: a status it does not list, another content type, a body off its schema', () => {
    expect(contract.violation('GET', `/ideas/${id}`, json(409, { status: 409 }, 'application/problem+json'))).toBe(
      'GET /ideas/{id} → 409: the document lists no 409 for this operation (it lists 200, 404)',
    );
    expect(contract.violation('GET', `/ideas/${id}`, json(404, { status: 404 }))).toContain(
      'came as application/json, the document says application/problem+json',
    );
    expect(contract.violation('GET', `/ideas/${id}`, json(200, { id: 'not-a-uuid', department: {} }))).toMatch(
      /the body does not match .*\/id must match format "uuid".*\/department/,
    );
    expect(contract.violation('GET', '/ideas/audit', json(200, {}))).toContain('the document lists no 200');
  });

  it('prefers a literal segment to a template, and leaves undocumented routes alone', () => {
    expect(contract.violation('GET', '/ideas/audit', json(204, { unexpected: true }))).toContain('the document says no body');
    expect(contract.violation('GET', '/metrics', json(200, 'anything'))).toBeNull();
    expect(contract.violation('POST', `/ideas/${id}`, json(404, {}))).toBeNull();
  });

  it('leaves the page-only routes alone, and refuses a document that describes one', () => {
    const page = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: undefined, text: '<!doctype html>' };
    for (const url of ['/', '/submit', '/track/abc/page', '/track/abc/receipt', '/assets/site.css', '/was', '/development/mails', '/pages/home'])
      expect(contract.violation('GET', url, page)).toBeNull();
    expect(PAGE_ONLY_ROUTES.some((route) => route.test('/track/abc'))).toBe(false);
    const withPage = { ...document, paths: { ...document.paths, '/track/{token}/page': { get: { responses: { '200': { description: '' } } } } } };
    expect(() => new OpenApiContract(withPage as OpenAPIObject)).toThrow('Page-only routes in the OpenAPI document: /track/{token}/page');
  });
});
