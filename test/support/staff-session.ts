import type { TestApp } from './test-app';

export interface StaffSignIn {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly departments?: readonly string[];
}

/** The cookies a response sets, as one Cookie header (name=value pairs) merged over `previous`. */
export function cookiesOf(setCookie: string[] | string | undefined, previous = ''): string {
  const jar = new Map(
    previous
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
  );
  for (const cookie of [setCookie ?? []].flat()) {
    const [pair] = cookie.split(';');
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** The hidden CSRF token of the first form on a page. */
export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('No CSRF token on the page');
  return token;
}

/** Signs in through the development sign-in page (as a developer would); the Cookie header of the session. */
export async function signInAsStaff(t: TestApp, who: StaffSignIn): Promise<string> {
  const form = await t.http.get('/staff/sign-in').expect(200);
  let cookie = cookiesOf(form.headers['set-cookie'] as unknown as string[]);
  const body = new URLSearchParams(<[string, string][]>[
    ['_csrf', csrfOf(form.text)],
    ['subject', who.subject],
    ['next', '/staff/inbox'],
    ...who.roles.map((role) => ['roles', role]),
    ...(who.departments ?? []).map((code) => ['departments', code]),
  ]);
  const signedIn = await t.http.post('/staff/sign-in').set('Cookie', cookie).type('form').send(body.toString()).expect(303);
  cookie = cookiesOf(signedIn.headers['set-cookie'] as unknown as string[], cookie);
  if (!/staff_session=/.test(cookie)) throw new Error('No session cookie after signing in');
  return cookie;
}
