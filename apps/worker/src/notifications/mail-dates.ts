import type { Language } from '@civic/ideas';

const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/**
 * A deadline as a reader of that language writes it ("tirsdag den 8.
 * december 2026"). The deadline is the local midnight that ends its last
 * day, so the day shown is the one just before it.
 */
export function formatDeadline(respondBy: string, language: Language, timeZone: string): string {
  const lastMoment = new Date(Date.parse(respondBy) - 1);
  if (Number.isNaN(lastMoment.getTime())) throw new Error(`Not a deadline: "${respondBy}"`);
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(lastMoment);
}
