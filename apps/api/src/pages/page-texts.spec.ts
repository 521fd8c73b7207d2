import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_LANGUAGES } from './pages-config';

const textsOf = (lang: string, file = 'pages') => JSON.parse(readFileSync(join(__dirname, '../../../../web/i18n', lang, `${file}.json`), 'utf8')) as object;

/** Every key with its text, flattened: "track.done.reply" → "…". */
function flatten(value: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, item] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof item === 'object' && item !== null) for (const [k, v] of flatten(item as object, path)) entries.set(k, v);
    else entries.set(path, String(item));
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// pages.json, and the files of features that keep their own texts (read as `initiatives:…` keys).
describe.each(['pages', 'initiatives', 'voting'])('The pages’ texts (%s.json)', (file) => {
  const english = flatten(textsOf('en', file));

  it.each(PAGE_LANGUAGES.filter((lang) => lang !== 'en'))('%s has every text English has, no more, none empty, with the same placeholders', (lang) => {
    const texts = flatten(textsOf(lang, file));
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of texts) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key)!) });
    }
  });
});
