/** How a search picks and weighs the words of a text, from how many ideas have each stem: pure, so the same counts give the same choice. */

/** Of the ideas with each rare word, how many of the newest are read (per stem, on the postings' index) and ranked. */
export const NEWEST = 100;
/** The rare words together are in about this share of the ideas (or NEWEST ideas, if more): see chooseWords. */
export const RARE_SHARE = 0.015;
/** Words in under this share of the ideas (or NEWEST ideas), the rarest PAIR_WORDS of them, find candidates anywhere two by two. */
export const PAIR_SHARE = 0.03;
export const PAIR_WORDS = 8;
/** Words in more than this share of the ideas do not tell them apart when candidates are ordered. */
export const TELLING_SHARE = 0.1;
/** A word's weight is ln(1 / its share of ideas); this share (or less: a word in a handful of ideas, or none) gives the most. */
export const RAREST_SHARE = 0.0005;
/**
 * Shares are taken of at least this many ideas: a handful of ideas says little about which words are rare (a word
 * in all six of them is not worthless, nor is one in a single idea all that counts), so a small collection weighs
 * its words nearly alike.
 */
export const FEWEST_IDEAS_COUNTED = 1000;

/** One word of the text: its stems in Danish, Swedish and Norwegian (accents folded) and the ideas with the commonest of them. */
export interface CountedWord {
  /** Its place in the text (1, 2, …): ties in rarity go to the earlier word. */
  readonly n: number;
  readonly stems: readonly string[];
  readonly ideas: number;
}

export interface WeighedWord extends CountedWord {
  /** ln(1 / share of ideas with it): a street or a thing weighs more than "ved" or "problem". */
  readonly weight: number;
}

export interface ChosenWords {
  /** Every word with a stem (stop words have none), weighed. */
  readonly words: readonly WeighedWord[];
  /** The stems whose newest ideas in the district (anywhere, without a district) are candidates. */
  readonly rare: readonly string[];
  /** The rarest few words: the newest ideas with each are candidates when they have two of them. */
  readonly pairs: readonly WeighedWord[];
  /** The stems of the words that tell ideas apart (all but the commonest; all, if every word is common). */
  readonly telling: readonly string[];
}

/**
 * The rare words are the rarest that some idea has, as many as together are
 * in about RARE_SHARE of the ideas, at least one, and all whose ideas number
 * no more than the NEWEST read of each (a small collection is searched
 * whole). An idea with none of them is not a candidate: the postings' index
 * bounds the reading, and rarity keeps the newest of them telling.
 */
export function chooseWords(counted: readonly CountedWord[], ideas: number): ChosenWords {
  const total = Math.max(ideas, FEWEST_IDEAS_COUNTED);
  const words = counted.filter((word) => word.stems.length > 0).map((word) => ({ ...word, weight: Math.log(1 / Math.max(word.ideas / total, RAREST_SHARE)) }));
  const known = words.filter((word) => word.ideas > 0).sort((a, b) => a.ideas - b.ideas || a.n - b.n);
  const rare: string[] = [];
  let running = 0;
  for (const [k, word] of known.entries()) {
    running += word.ideas;
    if (k > 0 && running > Math.max(RARE_SHARE * total, NEWEST)) break;
    rare.push(...word.stems);
  }
  const pairs = known.filter((word) => word.ideas < Math.max(PAIR_SHARE * total, NEWEST)).slice(0, PAIR_WORDS);
  const telling = words.filter((word) => word.ideas / total < TELLING_SHARE);
  return { words, rare, pairs, telling: (telling.length > 0 ? telling : words).flatMap((word) => word.stems) };
}

/** Stems as a tsquery that any of them matches (stems are letters and digits only, quoted all the same). */
export function anyOf(stems: readonly string[]): string {
  return stems.map((stem) => `'${stem.replace(/'/g, "''")}'`).join(' | ');
}
