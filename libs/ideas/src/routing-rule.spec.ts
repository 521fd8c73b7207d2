import type { RoutingRule } from './routing-rule';
import { compileRoutingRules, containsWord, matchRoutingRule } from './routing-rule';

const rule = (o: Partial<RoutingRule> & Pick<RoutingRule, 'id'>): RoutingRule => ({
  department: `dept-of-${o.id}`,
  category: null,
  district: null,
  keywords: [],
  priority: 0,
  ...o,
});

const idea = {
  category: 'roads',
  district: 'Brønshøj-Husum',
  title: 'Ny cykelsti ved skolen',
  description: 'Børnene cykler på fortovet, fordi vejen er farlig.',
};

describe('matchRoutingRule', () => {
  it('returns null when nothing matches', () => {
    expect(matchRoutingRule([rule({ id: 'a', category: 'parks' })], idea)).toBeNull();
    expect(matchRoutingRule([], idea)).toBeNull();
  });

  it('never matches a rule without conditions', () => {
    expect(matchRoutingRule([rule({ id: 'catch-all', priority: 100 })], idea)).toBeNull();
    expect(matchRoutingRule([rule({ id: 'blank-keywords', keywords: ['', '  '] })], idea)).toBeNull();
  });

  it('matches on category and names it in the reason', () => {
    expect(matchRoutingRule([rule({ id: 'r1', department: 'roads', category: 'roads' })], idea)).toEqual({
      department: 'roads',
      ruleId: 'r1',
      reason: 'Rule "r1": category "roads"',
    });
  });

  it('requires every condition of a rule', () => {
    const rules = [rule({ id: 'r1', category: 'roads', district: 'Amager Øst' })];
    expect(matchRoutingRule(rules, idea)).toBeNull();
  });

  it('names every condition that matched', () => {
    const rules = [rule({ id: 'r1', category: 'roads', district: 'Brønshøj-Husum', keywords: ['bus', 'cykelsti'] })];
    expect(matchRoutingRule(rules, idea)?.reason).toBe('Rule "r1": category "roads", district "Brønshøj-Husum", keyword "cykelsti"');
  });

  it('prefers the highest priority over specificity', () => {
    const rules = [
      rule({ id: 'specific', category: 'roads', district: 'Brønshøj-Husum', keywords: ['cykelsti'], priority: 1 }),
      rule({ id: 'broad', category: 'roads', priority: 5 }),
    ];
    expect(matchRoutingRule(rules, idea)?.ruleId).toBe('broad');
  });

  it('prefers the most specific rule among equal priorities', () => {
    const rules = [rule({ id: 'a-broad', category: 'roads' }), rule({ id: 'z-specific', category: 'roads', keywords: ['cykelsti'] })];
    expect(matchRoutingRule(rules, idea)?.ruleId).toBe('z-specific');
  });

  it('breaks a full tie by the lowest id, whatever the order given', () => {
    const rules = [rule({ id: 'r2', district: 'Brønshøj-Husum' }), rule({ id: 'r10', category: 'roads' }), rule({ id: 'r1', category: 'roads' })];
    expect(matchRoutingRule(rules, idea)?.ruleId).toBe('r1');
    expect(matchRoutingRule([...rules].reverse(), idea)?.ruleId).toBe('r1');
  });

  it('finds keywords in the description, case-insensitively', () => {
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['FORTOVET'] })], idea)?.reason).toBe('Rule "r": keyword "FORTOVET"');
  });

  it('matches Danish words with æ, ø, å whole and in any case', () => {
    const text = { ...idea, title: 'Grøn sø ved Åbuen', description: 'Stien langs åen er ødelagt.' };
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['GRØN'] })], text)).not.toBeNull();
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['åen'] })], text)).not.toBeNull();
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['ødelagt'] })], text)).not.toBeNull();
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['sø'] })], text)).not.toBeNull();
  });

  it('does not match part of a word', () => {
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['sti'] })], idea)).toBeNull(); // only inside "cykelsti"
    expect(matchRoutingRule([rule({ id: 'r', keywords: ['vej'] })], idea)).toBeNull(); // only inside "vejen"
  });
});

describe('containsWord', () => {
  it.each([
    ['Vi holder møde på søndag', 'sø', false], // \b would say yes: "ø" is not an ASCII word character
    ['En lille å løber forbi', 'å', true], // \b would say no
    ['Ærø-færgen', 'ærø', true],
    ['bænken i parken', 'BÆNKEN', true],
    ['Bænkene', 'bænk', false],
    ['cykel sti', 'cykel sti', true],
    ['pris (kr.)', 'kr.', true],
    ['bus_stop', 'bus', false],
  ])('%p contains %p: %p', (text, word, expected) => {
    expect(containsWord(text, word)).toBe(expected);
  });

  it('treats decomposed and composed letters alike', () => {
    expect(containsWord('a\u030Aen', '\u00E5en')).toBe(true);
  });
});

describe('compileRoutingRules', () => {
  const rules = [
    rule({ id: 'cykel', keywords: ['cykelsti', 'fortov'], priority: 1 }),
    rule({ id: 'sø', keywords: ['sø'], priority: 2 }),
    rule({ id: 'district', district: 'Brønshøj-Husum' }),
    rule({ id: 'parks', category: 'parks', keywords: ['bænk'] }),
    rule({ id: 'catch-all', priority: 100 }),
  ];
  const ideas = [
    idea,
    { ...idea, title: 'En bænk ved søen', description: 'Om søndagen er der mange.' },
    { ...idea, title: 'Sø', description: '', district: 'Valby' },
    { ...idea, category: 'parks', district: 'Valby', title: 'BÆNK', description: 'x' },
    { ...idea, district: 'Valby', title: 'Fortovet', description: 'fortov.' },
  ];

  it('routes every idea as the rules themselves do, and the same compiled rules answer again and again', () => {
    const compiled = compileRoutingRules(rules);
    for (let round = 0; round < 3; round++) {
      for (const input of ideas) expect(matchRoutingRule(compiled, input)).toEqual(matchRoutingRule(rules, input));
    }
    expect(ideas.map((input) => matchRoutingRule(compiled, input)?.ruleId ?? null)).toEqual(['cykel', 'district', 'sø', 'parks', 'cykel']);
  });
});
