import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import type { Test } from 'supertest';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** What the contract looks at in a response, from supertest, fetch or node:http alike. */
export interface ReceivedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body, if it is JSON. */
  readonly body: unknown;
  readonly text?: string;
}

interface Route {
  readonly template: string;
  readonly pattern: RegExp;
  /** Literal segments win over templated ones: /public/ideas/{publicCode} must not swallow a literal route. */
  readonly templated: number;
}

/**
 * The citizen pages that are only pages (apps/api/src/pages): forms, their
 * receipts, static assets, the accessibility statement, the development
 * mailbox and a browser's GET /. They are left out of the document on purpose
 * (@ApiExcludeController): they are not API, and a client generated from the
 * document must not call them. Named here so that leaving them unjudged is a
 * decision, not an accident of no route matching. The four URLs that answer a
 * browser with a page and a client with JSON (/public/ideas, /public/ideas/…,
 * /track/…) are in the document with both content types, and are judged.
 */
export const PAGE_ONLY_ROUTES: readonly RegExp[] = [
  /^\/$/,
  /^\/submit\/?$/,
  /^\/track\/[^/]+\/(page|receipt)(\/|$)/,
  /^\/supports\/[^/]+\/page(\/|$)/,
  /^\/accessibility-statement\/?$/,
  /^\/was\/?$/,
  /^\/development\/mails\/?$/,
  /^\/assets\/[^/]+$/,
  // The initiatives' form posts and the page of the e-mailed confirmation link (its JSON twin is POST …/signatures/confirmation).
  /^\/initiatives\/[^/]+\/(sign(\/identity)?|confirm\/[^/]+)$/,
  /^\/initiatives\/identity\/callback$/,
  // Where browser-pages.ts routes a browser's GET of the negotiated URLs; reachable directly too.
  /^\/pages\//,
  // The staff workspace (sign-in, inbox, case, dashboard, admin pages).
  /^\/staff(\/|$)/,
];

/**
 * The OpenAPI document as a test oracle: every response an end-to-end test
 * receives must be one the document describes — its status, its content type
 * and, for JSON, its body against the schema. Routes the document leaves out
 * on purpose (/metrics, /admin/queues, /docs), the page-only routes
 * (PAGE_ONLY_ROUTES) and paths no route matches are not judged: there is no
 * operation to hold them to.
 */
export class OpenApiContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    const documentedPages = Object.keys(document.paths).filter((path) => PAGE_ONLY_ROUTES.some((page) => page.test(path)));
    if (documentedPages.length) throw new Error(`Page-only routes in the OpenAPI document: ${documentedPages.join(', ')} (see PAGE_ONLY_ROUTES)`);
    formats(this.ajv);
    this.ajv.addSchema(nullableAsAnyOf(structuredClone(document)) as object, 'openapi');
    this.routes = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
        templated: (template.match(/\{/g) ?? []).length,
      }))
      .sort((a, b) => a.templated - b.templated);
  }

  /** Why a response breaks the contract, or null when the document describes it. */
  violation(method: string, url: string, response: ReceivedResponse): string | null {
    const verb = method.toLowerCase() as (typeof METHODS)[number];
    if (!METHODS.includes(verb)) return null;
    // As the server sees it: no dot segments resolved (`/public/ideas/.` is that route with the code ".").
    const pathname = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
    if (PAGE_ONLY_ROUTES.some((page) => page.test(pathname))) return null;
    const route = this.routes.find((candidate) => candidate.pattern.test(pathname));
    const operation = route && this.document.paths[route.template][verb];
    if (!route || !operation) return null;
    const where = `${verb.toUpperCase()} ${route.template} → ${response.status}`;
    const responses = operation.responses as Record<string, ResponseObject>;
    const documented = responses[String(response.status)] ?? responses[`${String(response.status)[0]}XX`] ?? responses.default;
    if (!documented) return `${where}: the document lists no ${response.status} for this operation (it lists ${Object.keys(responses).join(', ')})`;
    const contentType = String(response.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const hasBody = response.text !== undefined && response.text !== '';
    if (!documented.content) return hasBody ? `${where}: the document says no body, but one came as ${contentType || 'no content type'}` : null;
    if (!hasBody && response.status === 204) return null;
    const mediaTypes = Object.keys(documented.content);
    const mediaType = mediaTypes.find((type) => type === contentType);
    if (!mediaType) return `${where}: came as ${contentType || 'no content type'}, the document says ${mediaTypes.join(' or ')}`;
    if (!/[/+]json$/.test(mediaType) || !documented.content[mediaType].schema) return null;
    const validate = this.validator(route.template, verb, String(response.status) in responses ? String(response.status) : 'default', mediaType);
    if (validate(response.body)) return null;
    const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message}`).join('; ');
    return `${where}: the body does not match the document's schema: ${errors}\nbody: ${JSON.stringify(response.body).slice(0, 600)}`;
  }

  private validator(template: string, method: string, status: string, mediaType: string): ValidateFunction {
    const pointer = ['paths', template, method, 'responses', status, 'content', mediaType, 'schema']
      .map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')))
      .join('/');
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.getSchema(`openapi#/${pointer}`);
      if (!validate) throw new Error(`No schema at ${pointer}`);
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

/**
 * OpenAPI 3.0's `nullable: true` as the generated clients read it: null is
 * allowed for the whole property, even beside an allOf reference or an enum
 * (JSON Schema alone would still check null against those).
 */
function nullableAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableAsAnyOf);
  if (node === null || typeof node !== 'object') return node;
  const object = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableAsAnyOf(value)]));
  if (object.nullable !== true) return object;
  const { nullable: _nullable, description, ...schema } = object;
  return { description, anyOf: [{ type: 'null' }, schema] };
}

type Agent = Record<(typeof METHODS)[number], (url: string) => Test>;

/** A supertest agent whose every response is held to the document: one it does not describe fails the request, and with it the test. */
export function heldToContract<T extends object>(agent: T, contract: OpenApiContract): T {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !(METHODS as readonly string[]).includes(property) || typeof value !== 'function') return value;
      return (...args: Parameters<Agent['get']>) => checked((value as Agent['get']).apply(target, args), contract);
    },
  });
}

function checked(test: Test, contract: OpenApiContract): Test {
  const end = test.end.bind(test);
  test.end = (callback) =>
    end((error, response) => {
      const violation = response ? contract.violation(test.method, test.url, response) : null;
      callback?.(error ?? (violation ? new Error(`Not as the OpenAPI document says: ${violation}`) : null), response);
    });
  return test;
}
