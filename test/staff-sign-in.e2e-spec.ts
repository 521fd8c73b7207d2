import { exportSPKI, generateKeyPair, importJWK, type JWTPayload, SignJWT } from 'jose';
import { TEST_AUDIENCE, TEST_ISSUER } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** Staff endpoints take a verified bearer token and nothing else; the token's subject is the actor. */
describe('Staff sign-in with bearer tokens', () => {
  let t: TestApp;
  let idea: { id: string };
  /** What a good token carries; each refused token below changes one thing. */
  const goodClaims = (): JWTPayload => ({
    sub: 'lead-lars',
    iss: TEST_ISSUER,
    aud: TEST_AUDIENCE,
    iat: now(),
    exp: now() + 600,
    roles: ['department-lead', 'handler'],
    departments: ['TMF'],
  });
  let sign: (claims: JWTPayload, header?: { alg?: string; kid?: string }) => Promise<string>;
  let otherKeySign: (claims: JWTPayload) => Promise<string>;
  let publicKeyAsHmacSecret: Uint8Array;

  beforeAll(async () => {
    t = await startTestApp('staff_sign_in');
    idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body; // routed to TMF by rule: revision 1
    sign = (claims, header = {}) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'test-key', ...header }).sign(t.auth.privateKey);
    const other = await generateKeyPair('ES256');
    otherKeySign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'test-key' }).sign(other.privateKey);
    publicKeyAsHmacSecret = new TextEncoder().encode(
      await exportSPKI((await importJWK(t.auth.publicJwk, 'ES256', { extractable: true })) as Parameters<typeof exportSPKI>[0]),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const assign = (authorization?: string) => {
    const request = t.http.post(`/ideas/${idea.id}/assign`).set('If-Match', '"1"');
    return (authorization === undefined ? request : request.set('Authorization', authorization)).send({ assignee: 'handler-anna' });
  };

  it('lets a valid token in, and public endpoints need none', async () => {
    await t.http
      .get(`/ideas/${idea.id}`)
      .set(await t.staff({ sub: 'lead-lars', roles: ['handler'], departments: ['TMF'] }))
      .expect(200);
    await t.http.get('/departments').expect(200);
  });

  type Refusal = { name: string; authorization: () => Promise<string | undefined>; challenge: RegExp };
  const noCredentials = /^Bearer realm="civic-ideas"$/;
  const invalidToken = /^Bearer realm="civic-ideas", error="invalid_token"/;
  const SIGN_IN_REQUIRED = {
    type: expect.stringMatching(/sign-in-required$/),
    title: expect.any(String),
    status: 401,
    code: 'sign-in-required',
    detail: expect.any(String),
  };
  const INVALID_TOKEN = {
    type: expect.stringMatching(/invalid-token$/),
    title: 'The sign-in token is not valid',
    status: 401,
    code: 'invalid-token',
    detail: 'The token is invalid or expired. Sign in again.',
  };
  const refusals: Refusal[] = [
    { name: 'no Authorization header', authorization: async () => undefined, challenge: noCredentials },
    { name: 'Basic credentials', authorization: async () => `Basic ${Buffer.from('lead-lars:secret').toString('base64')}`, challenge: noCredentials },
    { name: 'a bearer token that is garbage', authorization: async () => 'Bearer not-a-token', challenge: invalidToken },
    { name: 'a bearer token with spaces', authorization: async () => `Bearer ${await sign(goodClaims())} extra`, challenge: invalidToken },
    { name: 'a token signed by another key', authorization: async () => `Bearer ${await otherKeySign(goodClaims())}`, challenge: invalidToken },
    {
      name: 'a token with a key id nobody published',
      authorization: async () => `Bearer ${await sign(goodClaims(), { kid: 'someone-else' })}`,
      challenge: invalidToken,
    },
    { name: 'alg: none', authorization: async () => `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(goodClaims())}.`, challenge: invalidToken },
    {
      name: 'HS256 signed with the public key',
      authorization: async () => `Bearer ${await new SignJWT(goodClaims()).setProtectedHeader({ alg: 'HS256', kid: 'test-key' }).sign(publicKeyAsHmacSecret)}`,
      challenge: invalidToken,
    },
    {
      name: 'an expired token',
      authorization: async () => `Bearer ${await sign({ ...goodClaims(), iat: now() - 3600, exp: now() - 120 })}`,
      challenge: invalidToken,
    },
    { name: 'a token not yet valid', authorization: async () => `Bearer ${await sign({ ...goodClaims(), nbf: now() + 120 })}`, challenge: invalidToken },
    { name: 'a token with no expiry', authorization: async () => `Bearer ${await sign({ ...goodClaims(), exp: undefined })}`, challenge: invalidToken },
    {
      name: 'a token from another issuer',
      authorization: async () => `Bearer ${await sign({ ...goodClaims(), iss: 'https://evil.example' })}`,
      challenge: invalidToken,
    },
    {
      name: 'a token for another audience',
      authorization: async () => `Bearer ${await sign({ ...goodClaims(), aud: 'another-app' })}`,
      challenge: invalidToken,
    },
    { name: 'a token with no subject', authorization: async () => `Bearer ${await sign({ ...goodClaims(), sub: undefined })}`, challenge: invalidToken },
    {
      name: 'a token whose subject is not one',
      authorization: async () => `Bearer ${await sign({ ...goodClaims(), sub: 'Robert; DROP TABLE' })}`,
      challenge: invalidToken,
    },
  ];

  it.each(refusals)('refuses $name: 401 problem+json with WWW-Authenticate, nothing appended', async ({ authorization, challenge }) => {
    const before = await t.eventCount();
    const response = await assign(await authorization());
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toMatch(challenge);
    // The same words whichever check failed: nothing tells an attacker which.
    const { instance: _, ...problem } = response.body;
    expect(problem).toEqual(challenge === noCredentials ? SIGN_IN_REQUIRED : INVALID_TOKEN);
    expect(await t.eventCount()).toBe(before);
  });

  it('ignores the old X-Dev-Actor header', async () => {
    const response = await t.http.post(`/ideas/${idea.id}/assign`).set('If-Match', '"1"').set('X-Dev-Actor', 'admin').send({ assignee: 'handler-anna' });
    expect(response.status).toBe(401);
  });

  it('answers 403 to a valid token without any of the route’s roles, and appends nothing', async () => {
    const before = await t.eventCount();
    for (const roles of [[], ['citizen', 'superuser'], ['manager']]) {
      const response = await t.http
        .post(`/ideas/${idea.id}/assign`)
        .set('If-Match', '"1"')
        .set(await t.staff({ sub: 'mette', roles, departments: ['TMF'] }))
        .send({ assignee: 'handler-anna' });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toBeUndefined();
    }
    expect(await t.eventCount()).toBe(before);
  });

  it('documents bearer sign-in on staff endpoints only', async () => {
    const { body } = await t.http.get('/docs/openapi.json').expect(200);
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.paths['/ideas/{id}'].get.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/ideas/{id}'].get.responses['401']).toBeDefined();
    expect(body.paths['/ideas'].post.security).toEqual([]); // public: no sign-in, said explicitly
  });

  it('records the token’s subject as the actor of the events it causes', async () => {
    const lars = `Bearer ${await sign(goodClaims())}`;
    await assign(lars).expect(200);
    const read = await t.http.get(`/ideas/${idea.id}`).set('Authorization', lars).expect(200);
    expect(read.body.timeline.at(-1)).toMatchObject({ type: 'IdeaAssigned', actor: 'lead-lars' });
    const { rows } = await t.db.query("SELECT metadata->>'actor' AS actor FROM events WHERE stream_id = $1 ORDER BY stream_revision", [`idea-${idea.id}`]);
    expect(rows.map((row) => row.actor)).toEqual(['citizen', 'citizen', 'lead-lars']);
  });
});
