import { anyOf, chooseWords, type CountedWord, FEWEST_IDEAS_COUNTED, NEWEST, PAIR_WORDS, RAREST_SHARE } from './similar-ideas.words';

const word = (n: number, ideas: number, stems: string[] = [`w${n}`]): CountedWord => ({ n, stems, ideas });

describe('chooseWords', () => {
  const ideas = 160_000;

  it('weighs a word by ln(1 / its share of ideas), no more than a word in RAREST_SHARE of them', () => {
    const { words } = chooseWords([word(1, 16_000), word(2, 160_000), word(3, 3), word(4, 0)], ideas);
    expect(words.map((w) => w.weight)).toEqual([Math.log(10), 0, Math.log(1 / RAREST_SHARE), Math.log(1 / RAREST_SHARE)]);
  });

  it('weighs the words of a small collection nearly alike: a word in all of six ideas still counts', () => {
    const { words } = chooseWords([word(1, 6), word(2, 1)], 6);
    expect(words.map((w) => w.weight)).toEqual([Math.log(FEWEST_IDEAS_COUNTED / 6), Math.log(FEWEST_IDEAS_COUNTED)]);
    expect(words[0].weight / words[1].weight).toBeGreaterThan(0.7);
  });

  it('leaves out stop words (no stem)', () => {
    expect(chooseWords([word(1, 0, []), word(2, 10)], ideas).words.map((w) => w.n)).toEqual([2]);
  });

  it('takes the rarest words that some idea has, as many as together are in about 1.5% of the ideas, at least one', () => {
    // 1.5% of 160,000 is 2,400: 300 + 900 + 1,100 fit, the next does not; a word no idea has finds nothing.
    const counted = [word(1, 5_000), word(2, 900, ['b', 'bb']), word(3, 0), word(4, 300), word(5, 1_100), word(6, 40_000)];
    expect(chooseWords(counted, ideas).rare).toEqual(['w4', 'b', 'bb', 'w5']);
    expect(chooseWords([word(1, 50_000), word(2, 30_000)], ideas).rare).toEqual(['w2']);
    expect(chooseWords([word(1, 0)], ideas).rare).toEqual([]);
  });

  it('takes every word of a small collection whose ideas the newest read would cover anyway', () => {
    const counted = [word(1, 5), word(2, 3), word(3, NEWEST - 8), word(4, 1)];
    expect(chooseWords(counted, 12).rare).toEqual(['w4', 'w2', 'w1']);
    expect(chooseWords(counted, 12).pairs.map((w) => w.n)).toEqual([4, 2, 1, 3]);
  });

  it('pairs the rarest few words under 3% of the ideas, rarest first, ties to the earlier word', () => {
    const counted = Array.from({ length: 12 }, (_, k) => word(k + 1, k === 0 ? 10_000 : 100 + (k % 3)));
    const { pairs } = chooseWords(counted, ideas);
    expect(pairs).toHaveLength(PAIR_WORDS);
    expect(pairs.map((w) => w.n)).toEqual([4, 7, 10, 2, 5, 8, 11, 3]);
  });

  it('tells ideas apart by all but the commonest words, or by all if every word is common', () => {
    expect(chooseWords([word(1, 20_000), word(2, 100)], ideas).telling).toEqual(['w2']);
    expect(chooseWords([word(1, 20_000), word(2, 30_000)], ideas).telling).toEqual(['w1', 'w2']);
  });

  it('gives the same choice for the same counts, whatever order they come in', () => {
    const counted = [word(1, 300), word(2, 300), word(3, 2_000), word(4, 10)];
    expect(chooseWords([...counted].reverse(), ideas).rare).toEqual(chooseWords(counted, ideas).rare);
  });
});

describe('anyOf', () => {
  it('quotes each stem into an OR query', () => {
    expect(anyOf(['cykelsti', "o'k"])).toBe("'cykelsti' | 'o''k'");
  });
});
