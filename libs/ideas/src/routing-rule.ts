/** Management's rule for sending new ideas straight to a department. */
export interface RoutingRule {
  id: string;
  department: string;
  /** null = any category */
  category: string | null;
  /** null = any district */
  district: string | null;
  /** empty = no keyword condition; otherwise one whole-word hit in title or description suffices */
  keywords: string[];
  priority: number;
}

export interface RoutingInput {
  category: string;
  district: string;
  title: string;
  description: string;
}

export interface RoutingMatch {
  department: string;
  ruleId: string;
  reason: string;
}

interface Candidate {
  rule: RoutingRule;
  specificity: number;
  reason: string;
}

interface CompiledRule {
  readonly rule: RoutingRule;
  readonly keywords: readonly { readonly word: string; readonly pattern: RegExp }[];
  readonly specificity: number;
}

/** Rules with their keyword patterns built once: compile a set of rules when it is read (a reference-data snapshot), match many ideas against it. */
export interface CompiledRoutingRules {
  readonly compiled: readonly CompiledRule[];
}

export function compileRoutingRules(rules: readonly RoutingRule[]): CompiledRoutingRules {
  return {
    compiled: rules.map((rule) => {
      const keywords = rule.keywords.map((k) => k.trim()).filter((k) => k !== '');
      const specificity = (rule.category !== null ? 1 : 0) + (rule.district !== null ? 1 : 0) + (keywords.length > 0 ? 1 : 0);
      return { rule, keywords: keywords.map((word) => ({ word, pattern: wordPattern(word) })), specificity };
    }),
  };
}

/** Picks the rule that routes an idea: highest priority, then most specific, then lowest id; null when none applies. */
export function matchRoutingRule(rules: readonly RoutingRule[] | CompiledRoutingRules, input: RoutingInput): RoutingMatch | null {
  const { compiled } = isCompiled(rules) ? rules : compileRoutingRules(rules);
  const text = `${input.title}\n${input.description}`.normalize('NFC');
  let best: Candidate | null = null;
  for (const rule of compiled) {
    const candidate = evaluate(rule, input, text);
    if (candidate !== null && (best === null || ranksAbove(candidate, best))) best = candidate;
  }
  return best === null ? null : { department: best.rule.department, ruleId: best.rule.id, reason: best.reason };
}

function isCompiled(rules: readonly RoutingRule[] | CompiledRoutingRules): rules is CompiledRoutingRules {
  return !Array.isArray(rules);
}

function evaluate({ rule, keywords, specificity }: CompiledRule, input: RoutingInput, text: string): Candidate | null {
  // A rule without conditions would swallow every idea and empty the triage inbox.
  if (specificity === 0) return null;
  if (rule.category !== null && rule.category !== input.category) return null;
  if (rule.district !== null && rule.district !== input.district) return null;

  const parts: string[] = [];
  if (rule.category !== null) parts.push(`category "${rule.category}"`);
  if (rule.district !== null) parts.push(`district "${rule.district}"`);
  if (keywords.length > 0) {
    const hit = keywords.find((k) => k.pattern.test(text));
    if (hit === undefined) return null;
    parts.push(`keyword "${hit.word}"`);
  }
  return { rule, specificity, reason: `Rule "${rule.id}": ${parts.join(', ')}` };
}

function ranksAbove(a: Candidate, b: Candidate): boolean {
  if (a.rule.priority !== b.rule.priority) return a.rule.priority > b.rule.priority;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  // Plain code-unit order, not localeCompare: the same rules must route the same way on every machine.
  return a.rule.id < b.rule.id;
}

/**
 * Whole-word, case-insensitive match that knows æ, ø, å are letters: `\b` is
 * ASCII-only, so it finds "sø" (lake) inside "søndag" and never finds "å" at all.
 */
export function containsWord(text: string, word: string): boolean {
  return wordPattern(word).test(text.normalize('NFC'));
}

/** Not global (no lastIndex state): safe to test again and again. */
function wordPattern(word: string): RegExp {
  const escaped = word.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${escaped}(?![\\p{L}\\p{M}\\p{N}_])`, 'iu');
}
