const MAX_WORDS = 10;

/**
 * The words of a search box as a full-text query: every word must
 * occur, each as a prefix, so "cykel" finds "cykelsti" and "cykelstativer"
 * and "cykelstien" finds "cykelstier" (both sides are stemmed). Built from
 * letters and digits only, so no input is ever query syntax. Null when there
 * is no word to look for. Words inside compounds ("sti" in "cykelsti") are
 * not found: that needs trigram matching, which a prefix search on the GIN
 * index does not give.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  return words.length === 0 ? null : words.map((word) => `'${word.toLowerCase()}':*`).join(' & ');
}
