import fc from 'fast-check';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, validIdea, type TestApp } from './support/test-app';
import { ALL_ROLES } from './support/test-auth';

/**
 * Thousands of requests built from the service's own OpenAPI document, each a
 * valid request with one to three of its fields, path or query parameters or
 * headers replaced by something hostile: NUL, lone surrogates, deep JSON,
 * wrong types, oversized values. No answer may be a 5xx, and every 4xx must
 * be problem+json, except the HTTP server's own refusals of what it cannot
 * parse (which never reach Express, so they carry no X-Correlation-Id).
 *
 * fast-check generates them: seeded (the same FUZZ_SEED gives the same
 * requests), with arbitraries for the whole Unicode range, JSON values and
 * combinations that hand-written generators would get subtly wrong.
 *
 * FUZZ_REQUESTS (default 10,000), FUZZ_SEED, FUZZ_CONCURRENCY (default 8);
 * FUZZ_ONLY=<index> sends just that request, to reproduce a failure.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261213);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const ONLY = process.env.FUZZ_ONLY === undefined ? null : Number(process.env.FUZZ_ONLY);

/** Each request its own seed, so that one can be sent alone; mixed, so that neighbouring FUZZ_SEEDs do not share requests. */
const seedOf = (index: number) => (Math.imul(SEED, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0;

/** What Node's HTTP server answers by itself for a request it cannot parse (bad request line, headers too large). */
const SERVER_OWN_REFUSALS = new Set([400, 413, 414, 431]);

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  enum?: unknown[];
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema };
type Operation = { method: string; path: string; parameters: Parameter[]; body: Schema | null; forms: boolean };
type OpenApi = {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};

/** JSON text put into a body as it is: nesting too deep to build as a value, or not JSON at all. */
class Raw {
  constructor(readonly text: string) {}
}

/** The If-Match of the idea's revision as last seen, decided when the request is sent. */
const CURRENT_REVISION = Symbol('current revision');

type Auth = 'none' | 'staff' | 'one-role' | 'garbage' | 'expired';
interface Plan {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly ideaId: string | null;
  readonly headers: Record<string, string | typeof CURRENT_REVISION>;
  readonly auth: Auth;
  readonly role: string;
  readonly contentType: string;
  readonly body: unknown;
}

interface Pool {
  ideas: { id: string; trackingToken: string; publicCode: string; revision: number }[];
  ruleIds: string[];
}

describe('Fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let port: number;
  let agent: http.Agent;
  const pool: Pool = { ideas: [], ruleIds: [] };
  const revisions = new Map<string, number>();
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp('fuzz');
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const staff = await t.staff();
    const submit = async (n: number) =>
      (
        await t.http
          .post('/ideas')
          .send(validIdea({ title: `Idé nummer ${n}` }))
          .expect(201)
      ).body;
    const command = async (id: string, action: string, revision: number, body: object): Promise<number> =>
      (await t.http.post(`/ideas/${id}/${action}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    for (let n = 0; n < 24; n++) {
      const idea = await submit(n);
      pool.ideas.push(idea);
      revisions.set(idea.id, idea.revision);
      // Some further along, so that commands on them get past "not yet".
      if (n % 3 === 1) revisions.set(idea.id, await command(idea.id, 'questions', idea.revision, { question: 'Hvor?' }));
      if (n % 3 === 2) revisions.set(idea.id, await command(idea.id, 'answer', idea.revision, { decision: 'accepted', publicAnswer: 'Ja.' }));
    }
    for (const id of ['fuzz-rule-a', 'fuzz-rule-b']) {
      await t.http
        .post('/routing-rules')
        .set(staff)
        .send({ id, department: 'TMF', keywords: ['vej'] })
        .expect(201);
      pool.ruleIds.push(id);
    }
    tokens.staff = await t.auth.token();
    for (const role of ALL_ROLES) tokens[role] = await t.auth.token({ roles: [role], departments: ['TMF'] });
    tokens.expired = await t.auth.token({}, { exp: Math.floor(Date.now() / 1000) - 60 });
  });

  afterAll(async () => {
    agent?.destroy();
    await t?.close();
  });

  it(`sends ${ONLY === null ? REQUESTS : 1} hostile requests and gets no 5xx, problem+json for every 4xx, and only answers the OpenAPI document describes`, async () => {
    const document = JSON.parse((await send({ method: 'GET', path: '/docs/openapi.json', headers: {} })).body) as OpenApi;
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThanOrEqual(30);
    const plans = planArbitrary(operations, document.components.schemas, pool);

    const statuses = new Map<string, number>();
    const failures: string[] = [];
    const started = performance.now();
    const indices = ONLY === null ? Array.from({ length: REQUESTS }, (_, i) => i) : [ONLY];
    let next = 0;
    const worker = async () => {
      while (next < indices.length) {
        const index = indices[next++];
        const [plan] = fc.sample(plans, { seed: seedOf(index), numRuns: 1 });
        const wire = toWire(plan);
        const outcome = await send(wire).catch((error: Error) => ({ error }));
        const label = 'error' in outcome ? `socket ${(outcome.error as NodeJS.ErrnoException).code ?? outcome.error.message}` : verdict(outcome);
        statuses.set(label, (statuses.get(label) ?? 0) + 1);
        if (!('error' in outcome)) {
          remember(plan, outcome);
          const problem = faultOf(outcome, wire.path) ?? breachOf(wire, outcome);
          if (problem) failures.push(describeFailure(index, plan, wire, outcome, problem));
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const seconds = (performance.now() - started) / 1000;
    const distribution = [...statuses.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => `${label}: ${count}`);
    console.log(
      `fuzz: ${indices.length} requests over ${operations.length} operations in ${seconds.toFixed(1)} s (seed ${SEED}, concurrency ${CONCURRENCY}) — ${distribution.join(', ')}`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    // The server's socket errors are refusals of bodies it would not read (a few); a crash would fail everything after it.
    expect([...statuses.entries()].filter(([label]) => label.startsWith('socket')).reduce((sum, [, count]) => sum + count, 0)).toBeLessThan(
      indices.length / 100,
    );
  }, 600_000);

  type Wire = { method: string; path: string; headers: Record<string, string>; body?: Buffer };
  type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

  function send(wire: Wire): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port, agent, method: wire.method, path: wire.path, headers: wire.headers, timeout: 30_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', reject);
      request.end(wire.body);
    });
  }

  function toWire(plan: Plan): Wire {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(plan.headers)) headers[name] = value === CURRENT_REVISION ? `"${revisions.get(plan.ideaId ?? '') ?? 0}"` : value;
    const token =
      plan.auth === 'staff'
        ? tokens.staff
        : plan.auth === 'one-role'
          ? tokens[plan.role]
          : plan.auth === 'expired'
            ? tokens.expired
            : plan.auth === 'garbage'
              ? 'not.a.token'
              : null;
    if (token) headers.authorization = `Bearer ${token}`;
    if (plan.body === undefined) return { method: plan.method, path: plan.path, headers };
    const body =
      plan.body instanceof Raw
        ? Buffer.from(plan.body.text)
        : Buffer.isBuffer(plan.body)
          ? plan.body
          : Buffer.from(plan.contentType.includes('form') ? formOf(plan.body) : serialise(plan.body));
    return { method: plan.method, path: plan.path, headers: { ...headers, 'content-type': plan.contentType, 'content-length': String(body.length) }, body };
  }

  function verdict(answer: Answer): string {
    return answer.headers['x-correlation-id'] === undefined && SERVER_OWN_REFUSALS.has(answer.status)
      ? `${answer.status} (HTTP server)`
      : String(answer.status);
  }

  function faultOf(answer: Answer, path: string): string | null {
    if (answer.status >= 500) return 'a 5xx';
    if (answer.status < 400) return null;
    if (answer.headers['x-correlation-id'] === undefined && SERVER_OWN_REFUSALS.has(answer.status)) return null;
    if (path.startsWith('/open311/v2/') && !String(answer.headers['content-type']).startsWith('application/problem+json')) return open311FaultOf(answer);
    if (!String(answer.headers['content-type']).startsWith('application/problem+json')) return 'a 4xx that is not problem+json';
    let problem: { status?: unknown; title?: unknown; type?: unknown };
    try {
      problem = JSON.parse(answer.body);
    } catch {
      return 'a problem document that is not JSON';
    }
    if (problem.status !== answer.status || typeof problem.title !== 'string' || typeof problem.type !== 'string')
      return 'a problem document without status, title and type';
    return null;
  }

  /** Open311 GeoReport v2 has errors of its own: [{ code, description }] in JSON, <errors> in XML, with the response's status. */
  function open311FaultOf(answer: Answer): string | null {
    const type = String(answer.headers['content-type']);
    if (type.startsWith('application/xml'))
      return /^<\?xml[^>]*\?><errors><error><code>\d{3}<\/code><description>/.test(answer.body) ? null : 'an Open311 XML error without <errors>';
    if (!type.startsWith('application/json')) return 'an Open311 4xx that is neither its JSON nor its XML error';
    try {
      const [error] = JSON.parse(answer.body) as { code?: unknown; description?: unknown }[];
      return error?.code === answer.status && typeof error.description === 'string' ? null : 'an Open311 error without code and description';
    } catch {
      return 'an Open311 error that is not JSON';
    }
  }

  /** A response the OpenAPI document does not describe (status, content type, body), except the HTTP server's own refusals. */
  function breachOf(wire: Wire, answer: Answer): string | null {
    if (answer.headers['x-correlation-id'] === undefined && SERVER_OWN_REFUSALS.has(answer.status)) return null;
    let body: unknown;
    try {
      body = /[/+]json\b/.test(String(answer.headers['content-type'])) && answer.body ? JSON.parse(answer.body) : undefined;
    } catch {
      return 'a JSON response that is not JSON';
    }
    const violation = t.contract.violation(wire.method, wire.path, { status: answer.status, headers: answer.headers, body, text: answer.body });
    return violation && `not as the OpenAPI document says: ${violation}`;
  }

  /** Follows the revisions of the pool's ideas, so that later requests can name the current one in If-Match. */
  function remember(plan: Plan, answer: Answer): void {
    if (!plan.ideaId || answer.status >= 300) return;
    const etag = /^"(\d+)"$/.exec(String(answer.headers.etag ?? ''));
    if (etag) revisions.set(plan.ideaId, Math.max(revisions.get(plan.ideaId) ?? 0, Number(etag[1])));
    const revision = String(answer.headers['content-type']).startsWith('application/json')
      ? (JSON.parse(answer.body) as { revision?: unknown } | null)?.revision
      : undefined;
    if (typeof revision === 'number') revisions.set(plan.ideaId, Math.max(revisions.get(plan.ideaId) ?? 0, revision));
  }

  function describeFailure(index: number, plan: Plan, wire: Wire, answer: Answer, problem: string): string {
    const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text);
    const headers = {
      ...wire.headers,
      ...(wire.headers.authorization && { authorization: `Bearer <${plan.auth === 'one-role' ? plan.role : plan.auth} token>` }),
    };
    return `${problem}: ${answer.status} for request ${index} (FUZZ_SEED=${SEED} FUZZ_ONLY=${index}): ${wire.method} ${cut(wire.path, 300)} ${cut(JSON.stringify(headers), 300)} ${cut(wire.body?.toString('utf8') ?? '', 400)} → ${cut(answer.body, 400)}`;
  }
});

function operationsOf(document: OpenApi): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: content['application/json']?.schema ?? null,
        forms: 'application/x-www-form-urlencoded' in content,
      };
    }),
  );
}

/** One request: an operation, a valid request for it, then one to three of its parts made hostile. */
function planArbitrary(operations: Operation[], schemas: Record<string, Schema>, pool: Pool): fc.Arbitrary<Plan> {
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(schemas[schema.$ref.split('/').pop()!]) : schema.allOf?.length === 1 ? resolve(schema.allOf[0]) : schema;

  const valid = (schema: Schema, name: string): fc.Arbitrary<unknown> => {
    const s = resolve(schema);
    if (s.enum) return fc.constantFrom(...s.enum);
    if (s.properties) {
      const properties = Object.fromEntries(Object.entries(s.properties).map(([key, property]) => [key, valid(property, key)]));
      return fc.record(properties, { requiredKeys: s.required ?? [] });
    }
    if (s.type === 'array') return fc.array(valid(s.items ?? { type: 'string' }, name), { minLength: 1, maxLength: 3 });
    if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...pool.ideas.map((idea) => idea.id)), fc.uuid());
    if (s.type === 'number' || s.type === 'integer') {
      const min = s.minimum ?? (typeof s.example === 'number' ? Math.min(0, s.example) : 0);
      const max = s.maximum ?? (typeof s.example === 'number' ? Math.max(100, s.example) : 100);
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), ...(typeof s.example === 'number' ? [fc.constant(s.example)] : []));
    }
    if (s.type === 'boolean') return fc.boolean();
    if (name === 'assignee') return fc.constantFrom('handler-anna', 'handler-bo');
    if (s.example !== undefined)
      return fc.oneof(
        { weight: 4, arbitrary: fc.constant(s.example) },
        { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 40, 40) }) },
      );
    return fc.string({ minLength: 1, maxLength: 40 });
  };

  const text = fc.string({ maxLength: 20 });
  const unicode = fc.string({ unit: 'binary', maxLength: 30 });
  const nul = fc.tuple(text, text).map(([a, b]) => `${a}\u0000${b}`);
  const surrogate = fc.tuple(text, fc.integer({ min: 0xd800, max: 0xdfff }), text).map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`);
  const deep = fc
    .tuple(fc.integer({ min: 30, max: 4000 }), fc.boolean())
    .map(([depth, arrays]) => new Raw(arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));
  const oversized = fc.oneof(
    fc.integer({ min: 190, max: 12_000 }).map((n) => 'x'.repeat(n)),
    fc.integer({ min: 90_000, max: 140_000 }).map((n) => 'é'.repeat(n / 2)),
    fc.integer({ min: 51, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `k${i}`)),
    fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 1e-320, 4294967296),
  );
  const wrongType = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(text, { maxLength: 3 }),
    fc.dictionary(text, text, { maxKeys: 3 }),
    fc.constant({}),
    fc.constant([]),
  );
  const special = fc.constantFrom(
    '',
    ' ',
    '\t',
    '%00',
    '\\u0000',
    '\\',
    "'; DROP TABLE events; --",
    '../../etc/passwd',
    '\u202e',
    '\ufeff',
    '𝕏',
    '\u0085',
    '\u2028',
    'null',
    '0',
    '-1',
    '1e999',
    'NaN',
    '{{title}}',
    '<script>',
    '__proto__',
    'K-2026-000001',
    'infinity',
    '2026-02-31',
  );
  const hostile = fc.oneof(nul, surrogate, deep, oversized, wrongType, special, unicode);
  /** A body field: hostile mostly, sometimes valid-looking text that can get further. */
  const hostileJson = fc.oneof({ weight: 6, arbitrary: hostile }, { weight: 1, arbitrary: fc.json().map((json) => JSON.parse(json) as unknown) });

  const hostileUrl = fc.oneof(
    fc
      .oneof(
        nul,
        surrogate,
        unicode,
        special,
        fc.integer().map(String),
        fc.integer({ min: 200, max: 20_000 }).map((n) => 'x'.repeat(n)),
      )
      .map(encode),
    fc.constantFrom('%00', '%ED%A0%80', '%E0%A4%A', '%', '%zz', '%C0%AF', '%FF', '%F4%90%80%80', '..', '.', '%2F', '%2e%2e', 'a%00b', '%25'),
  );
  /** Header values a client can put on the wire (Node refuses control characters): oversized, non-ASCII, malformed. */
  const hostileHeader = fc.oneof(
    fc.string({ maxLength: 40 }).filter((value) => /^[\x20-\x7e]*$/.test(value)),
    fc.constantFrom('', 'W/"1"', '"-1"', '"1e9"', '*', '"99999999999999999999"', 'æøå', '\u00ff\u00fe', 'a,b', '"1", "2"'),
    fc.integer({ min: 200, max: 20_000 }).map((n) => 'k'.repeat(n)),
  );
  const contentType = fc.oneof(
    { weight: 20, arbitrary: fc.constant('application/json') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'application/json; charset=utf-8',
        'application/merge-patch+json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'multipart/form-data; boundary=x',
        'application/xml',
      ),
    },
  );
  /** Whole bodies that are no JSON object at all. */
  const hostileBody = fc.oneof(
    deep,
    fc.constantFrom(
      new Raw(''),
      new Raw('{'),
      new Raw('{"a":1,}'),
      new Raw('null'),
      new Raw('"text"'),
      new Raw('42'),
      new Raw('[{}]'),
      new Raw('\ufeff{}'),
      new Raw('{"__proto__":{"polluted":true}}'),
      new Raw('{"constructor":{"prototype":{"x":1}}}'),
    ),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
    fc.json().map((json) => new Raw(json)),
  );

  const pathValue = (name: string, path: string): fc.Arbitrary<string> => {
    if (name === 'token') return fc.constantFrom(...pool.ideas.map((idea) => idea.trackingToken));
    if (name === 'publicCode') return fc.constantFrom(...pool.ideas.map((idea) => idea.publicCode));
    if (name === 'code') return fc.constantFrom('TMF', 'KFF', 'ØKF', 'BUF');
    if (path.startsWith('/routing-rules')) return fc.constantFrom(...pool.ruleIds);
    return fc.constantFrom(...pool.ideas.map((idea) => idea.id));
  };

  return fc.constantFrom(...operations).chain((operation) => {
    const pathParameters = operation.parameters.filter((p) => p.in === 'path');
    const queryParameters = operation.parameters.filter((p) => p.in === 'query');
    const headerParameters = operation.parameters.filter((p) => p.in === 'header');
    const targets = [
      ...pathParameters.map((p) => `path:${p.name}`),
      ...queryParameters.map((p) => `query:${p.name}`),
      ...headerParameters.map((p) => `header:${p.name}`),
      'query:unknown',
      'header:Idempotency-Key',
      'header:X-Correlation-Id',
      ...(operation.body
        ? ['body', 'body:unknown', ...Object.keys(resolve(operation.body).properties ?? {}).flatMap((key) => [`body:${key}`, `body:${key}.`])]
        : []),
    ];
    return fc
      .record({
        path: fc.record(Object.fromEntries(pathParameters.map((p) => [p.name, pathValue(p.name, operation.path).map(encode)]))),
        query: fc.record(
          Object.fromEntries(queryParameters.map((p) => [p.name, valid(p.schema, p.name).map((v) => encode(Array.isArray(v) ? v.join(',') : String(v)))])),
          { requiredKeys: [] },
        ),
        body: operation.body ? valid(operation.body, 'body') : fc.constant(undefined),
        ifMatch: fc.oneof({ weight: 4, arbitrary: fc.constant(CURRENT_REVISION) }, { weight: 1, arbitrary: fc.nat(9).map((n) => `"${n}"`) }),
        mutations: fc.array(fc.tuple(fc.constantFrom(...targets), hostileJson, hostileUrl, hostileHeader, hostileBody, fc.nat()), {
          minLength: 1,
          maxLength: 3,
        }),
        auth: fc.constantFrom<Auth>('none', 'none', 'staff', 'staff', 'staff', 'one-role', 'garbage', 'expired'),
        role: fc.constantFrom(...ALL_ROLES),
        contentType: operation.forms ? fc.oneof(contentType, fc.constant('application/x-www-form-urlencoded')) : contentType,
        withBody: fc.nat(20),
      })
      .map(({ path, query, body, ifMatch, mutations, auth, role, contentType, withBody }) => {
        const pathValues: Record<string, string> = { ...path };
        const queryValues: Record<string, string | undefined> = { ...query };
        const headers: Record<string, string | typeof CURRENT_REVISION> = {};
        if (headerParameters.some((p) => p.name === 'If-Match')) headers['if-match'] = ifMatch;
        let payload: unknown = body === undefined && withBody === 0 ? {} : body;
        for (const [target, json, url, header, whole, pick] of mutations) {
          const [where, name] = target.split(/:(.*)/s);
          if (where === 'path') pathValues[name] = url;
          else if (where === 'query') queryValues[name === 'unknown' ? ['x', '%00', 'q[a]', 'status[]', '__proto__'][pick % 5] : name] = url;
          else if (where === 'header') headers[name.toLowerCase()] = header;
          else if (where === 'body' && name === undefined) payload = whole;
          else if (payload && typeof payload === 'object' && !(payload instanceof Raw) && !Buffer.isBuffer(payload))
            payload = mutate(payload as Record<string, unknown>, name, json, pick);
        }
        const search = Object.entries(queryValues)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => `${name}=${value}`)
          .join('&');
        const resolvedPath = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name]);
        const ideaId = pathParameters.some((p) => p.name === 'id') && operation.path.startsWith('/ideas/') ? decodeURIComponent(path.id ?? '') : null;
        return {
          operation: `${operation.method} ${operation.path}`,
          method: operation.method,
          path: resolvedPath + (search ? `?${search}` : ''),
          ideaId,
          headers,
          auth,
          role,
          contentType,
          body: payload,
        };
      });
  });
}

/** Replaces (or adds) a field, or with a trailing dot a field one level down, e.g. contact.email. */
function mutate(body: Record<string, unknown>, name: string, value: unknown, pick: number): Record<string, unknown> {
  if (name === 'unknown') return { ...body, [['priority', '__proto__', 'constructor', 'a\u0000b', '\ud800'][pick % 5]]: value };
  if (!name.endsWith('.')) return { ...body, [name]: value };
  const key = name.slice(0, -1);
  const inner = body[key];
  if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
    const keys = Object.keys(inner);
    return { ...body, [key]: { ...inner, [keys.length ? keys[pick % keys.length] : 'x']: value } };
  }
  if (Array.isArray(inner)) return { ...body, [key]: inner.map((item, i) => (i === pick % inner.length ? value : item)) };
  return { ...body, [key]: value };
}

/** Percent-encoded for a URL or a form, a lone surrogate as the (invalid) three bytes it would be in UTF-8. */
function encode(value: string): string {
  const wtf8 = (unit: number) =>
    [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  return Array.from(value, (ch) => (/^[\ud800-\udfff]$/.test(ch) ? wtf8(ch.charCodeAt(0)) : encodeURIComponent(ch))).join('');
}

/** JSON, with Raw pieces spliced in as they are. */
function serialise(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${serialise(item)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function formOf(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (!value || typeof value !== 'object') return String(value);
  return Object.entries(value)
    .map(([key, item]) => `${encode(key)}=${typeof item === 'string' ? encode(item) : encode(serialise(item))}`)
    .join('&');
}
