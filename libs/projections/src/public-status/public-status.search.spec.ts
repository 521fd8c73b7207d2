import { toPrefixTsQuery } from './public-status.search';

describe('toPrefixTsQuery', () => {
  it('asks for every word as a prefix', () => {
    expect(toPrefixTsQuery('Cykelsti Amager')).toBe("'cykelsti':* & 'amager':*");
    expect(toPrefixTsQuery('  bænke ved   søen ')).toBe("'bænke':* & 'ved':* & 'søen':*");
  });

  it('takes only letters and digits, so nothing typed is query syntax', () => {
    expect(toPrefixTsQuery("a & b | !c <-> 'd':* (e)")).toBe("'a':* & 'b':* & 'c':* & 'd':* & 'e':*");
    expect(toPrefixTsQuery("'; DROP TABLE events; --")).toBe("'drop':* & 'table':* & 'events':*");
    expect(toPrefixTsQuery('K-2026-000123')).toBe("'k':* & '2026':* & '000123':*");
  });

  it('has nothing to look for in punctuation alone', () => {
    expect(toPrefixTsQuery('%')).toBeNull();
    expect(toPrefixTsQuery(' _ \\ "" ')).toBeNull();
    expect(toPrefixTsQuery('')).toBeNull();
  });

  it('keeps at most ten words', () => {
    expect(toPrefixTsQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.split(' & ')).toHaveLength(10);
  });
});
