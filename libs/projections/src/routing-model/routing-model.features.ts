import { maskPersonalData, type NameSpan } from '../public-status/public-status.masking';

/**
 * Words that say nothing about which department an idea belongs to (Danish,
 * Swedish, Norwegian and English function words). Short on purpose: naive
 * Bayes discounts words every department sees anyway.
 */
const STOP_WORDS = new Set(
  (
    'og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliv hendes været thi jer sådan ' +
    'och att som är på med inte har till den av för så ett om vara ska kan man när eller från nu vill också jag du vi ni hon de där alla ' +
    'og ikke som på med det har til for av om kan vil skal være ble fra når eller jeg du vi dere hun de der alle også ' +
    'the and of to in is for on that with are be it this as at by from or an we our please'
  ).split(' '),
);

/** Features of the masked placeholders ("[navn fjernet]") are dropped with them: no personal data, and no word the mask itself wrote. */
const PLACEHOLDER = /\[[^\]]*fjernet\]/g;

/** Lower case, accents and Nordic letters folded the way PostgreSQL's unaccent folds them (ø→o, æ→ae, å→a), so "Sø" and "so" are one word. */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
    if (foldedWords.size >= FOLDED_WORDS_LIMIT) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/** Words come back again and again (a rebuild folds every idea's text): each folded once, remembered up to a bound. */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_LIMIT = 50_000;

/** The words of a text the model learns from: masked first, folded, no stop words, no numbers, three letters or more, each once. */
export function textFeatures(text: string, nameSpans: readonly NameSpan[] = []): string[] {
  const masked = maskPersonalData(text, { nameSpans }).replace(PLACEHOLDER, ' ');
  const words = masked.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  const kept = new Set<string>();
  for (const word of words) {
    const folded = foldWord(word);
    if (folded.length >= 3 && !STOP_WORDS.has(folded) && !STOP_WORDS.has(word.toLowerCase())) kept.add(folded);
  }
  return [...kept];
}

/** Category and district are features too, named so they never collide with a word. */
export function ideaFeatures(idea: {
  title: string;
  description: string;
  category: string;
  district: string;
  nameSpans?: { title: readonly NameSpan[]; description: readonly NameSpan[] };
}): string[] {
  const words = new Set([...textFeatures(idea.title, idea.nameSpans?.title), ...textFeatures(idea.description, idea.nameSpans?.description)]);
  return [...words, `category:${idea.category}`, `district:${idea.district}`].sort();
}
