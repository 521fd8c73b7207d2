import { describeThresholdRule, NORWAY_COUNTY, NORWAY_MUNICIPALITY, parseThresholdRule, requiredSignatures, ThresholdRuleError } from './threshold-rule';

describe('threshold rules', () => {
  it.each([
    // Norway, a municipality: 2 % of the residents, never more than 300.
    [NORWAY_MUNICIPALITY, 650_000, 300],
    [NORWAY_MUNICIPALITY, 15_000, 300],
    [NORWAY_MUNICIPALITY, 14_999, 300],
    [NORWAY_MUNICIPALITY, 14_950, 299],
    [NORWAY_MUNICIPALITY, 1_010, 21],
    [NORWAY_MUNICIPALITY, 150, 3],
    [NORWAY_MUNICIPALITY, 0, 1],
    // A county: the cap is 500.
    [NORWAY_COUNTY, 1_000_000, 500],
    [NORWAY_COUNTY, 20_000, 400],
  ])('given the rule %j and %i residents, then %i signatures are needed', (rule, residents, expected) => {
    expect(requiredSignatures(rule, residents)).toBe(expected);
  });

  it('a fixed number ignores the residents; a percentage has no cap', () => {
    expect(requiredSignatures(parseThresholdRule('fixed:5'), 1_000_000)).toBe(5);
    expect(requiredSignatures(parseThresholdRule('percent:1'), 1_000_000)).toBe(10_000);
    expect(requiredSignatures(parseThresholdRule('percent:1.5'), 1_001)).toBe(16);
  });

  it('reads the configured words, Norway’s municipal rule when unset', () => {
    expect(parseThresholdRule(undefined)).toEqual(NORWAY_MUNICIPALITY);
    expect(parseThresholdRule('norway-county')).toEqual(NORWAY_COUNTY);
    expect(parseThresholdRule('percent:3:cap:1000')).toEqual({ kind: 'share-capped', percent: 3, cap: 1000 });
    expect(describeThresholdRule(parseThresholdRule('fixed:40'))).toBe('fixed:40');
    for (const bad of ['fixed:0', 'fixed:-1', 'percent:0', 'percent:101', 'half', 'percent:2:cap:0'])
      expect(() => parseThresholdRule(bad)).toThrow(ThresholdRuleError);
  });
});
