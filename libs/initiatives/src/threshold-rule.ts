/**
 * How many confirmed signatures an initiative needs, as configured per
 * municipality. Norway's rule (kommuneloven § 12-1) is the default: 2 % of
 * the residents, but never more than 300 in a municipality (500 in a county).
 */
export type ThresholdRule =
  | { readonly kind: 'share-capped'; readonly percent: number; readonly cap: number }
  | { readonly kind: 'fixed'; readonly signatures: number }
  | { readonly kind: 'percent'; readonly percent: number };

export const NORWAY_MUNICIPALITY: ThresholdRule = { kind: 'share-capped', percent: 2, cap: 300 };
export const NORWAY_COUNTY: ThresholdRule = { kind: 'share-capped', percent: 2, cap: 500 };

export class ThresholdRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThresholdRuleError';
  }
}

/**
 * The configured rule in words: `norway-municipality` (default),
 * `norway-county`, `fixed:<n>`, `percent:<p>` or `percent:<p>:cap:<n>`.
 */
export function parseThresholdRule(text: string | undefined): ThresholdRule {
  const value = (text ?? '').trim().toLowerCase();
  if (value === '' || value === 'norway-municipality') return NORWAY_MUNICIPALITY;
  if (value === 'norway-county') return NORWAY_COUNTY;
  const fixed = /^fixed:(\d+)$/.exec(value);
  if (fixed && Number(fixed[1]) >= 1) return { kind: 'fixed', signatures: Number(fixed[1]) };
  const percent = /^percent:(\d+(?:\.\d+)?)(?::cap:(\d+))?$/.exec(value);
  if (percent && Number(percent[1]) > 0 && Number(percent[1]) <= 100) {
    if (percent[2] === undefined) return { kind: 'percent', percent: Number(percent[1]) };
    if (Number(percent[2]) >= 1) return { kind: 'share-capped', percent: Number(percent[1]), cap: Number(percent[2]) };
  }
  throw new ThresholdRuleError(
    `INITIATIVE_THRESHOLD_RULE must be norway-municipality, norway-county, fixed:<n>, percent:<p> or percent:<p>:cap:<n>, not "${text}"`,
  );
}

/** Signatures needed with `residents` residents: a share is rounded up (2 % of 1,010 is 21), and never less than one. */
export function requiredSignatures(rule: ThresholdRule, residents: number): number {
  switch (rule.kind) {
    case 'fixed':
      return rule.signatures;
    case 'percent':
      return Math.max(1, shareOf(rule.percent, residents));
    case 'share-capped':
      return Math.max(1, Math.min(shareOf(rule.percent, residents), rule.cap));
  }
}

/** The rule as the README and the public page state it. */
export function describeThresholdRule(rule: ThresholdRule): string {
  switch (rule.kind) {
    case 'fixed':
      return `fixed:${rule.signatures}`;
    case 'percent':
      return `percent:${rule.percent}`;
    case 'share-capped':
      return `percent:${rule.percent}:cap:${rule.cap}`;
  }
}

// Integer arithmetic in hundredths of a percent, so 2 % of 15,000 is 300 and not 300.00000000000006 rounded up to 301.
function shareOf(percent: number, residents: number): number {
  const basisPoints = Math.round(percent * 100);
  return Math.ceil((residents * basisPoints) / 10_000);
}
