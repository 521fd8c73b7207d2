import type { Request, Response } from 'express';
import { isPageLanguage, PAGE_LANGUAGES, type PageLanguage } from './pages-config';

export const LANGUAGE_COOKIE = 'lang';
const YEAR_MS = 365 * 24 * 3600 * 1000;

/** Browsers say `no` or `nn` for Norwegian as often as `nb`. */
const ACCEPTED = [...PAGE_LANGUAGES, 'no', 'nn'];

/**
 * The page's language: the switch (?lang=, then remembered in a cookie), else
 * the page's own preference (the tracking page: the idea's language), else
 * Accept-Language, else the municipality's default.
 */
export function pageLanguage(request: Request, response: Response, fallback: PageLanguage, preferred: string | null = null, secure = false): PageLanguage {
  const chosen = request.query.lang;
  if (isPageLanguage(chosen)) {
    response.cookie(LANGUAGE_COOKIE, chosen, { maxAge: YEAR_MS, sameSite: 'lax', httpOnly: true, secure, path: '/' });
    return chosen;
  }
  const remembered = (request.cookies as Record<string, string> | undefined)?.[LANGUAGE_COOKIE];
  if (isPageLanguage(remembered)) return remembered;
  if (isPageLanguage(preferred)) return preferred;
  if (request.headers['accept-language']) {
    const accepted = request.acceptsLanguages(...ACCEPTED);
    if (accepted) return accepted === 'no' || accepted === 'nn' ? 'nb' : (accepted as PageLanguage);
  }
  return fallback;
}
