/**
 * Multinomial naive Bayes over an idea's features (words, category,
 * district), with Laplace smoothing: well understood, trained by counting,
 * and explainable, since each word's weight is a difference of two logarithms.
 */

/** What the model has counted, for the features of the ideas being asked about. */
export interface RoutingCounts {
  /** Per department: labelled ideas, and feature occurrences in them. */
  readonly departments: ReadonlyMap<string, { readonly examples: number; readonly features: number }>;
  /** Per department, per feature: how many of its labelled ideas had it. Only the features asked about need be here. */
  readonly featureCounts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Distinct features in the whole model. */
  readonly vocabulary: number;
}

export interface RoutingSuggestion {
  readonly department: string;
  /** The posterior probability of the department, 0–1. */
  readonly confidence: number;
  /** The features that weighed most for it against the runner-up: natural-log odds each. */
  readonly reasons: readonly { readonly feature: string; readonly weight: number }[];
  /** Every department the model knows, most likely first. */
  readonly ranking: readonly { readonly department: string; readonly confidence: number }[];
}

const SMOOTHING = 1;
const REASONS = 5;

export function suggestDepartment(features: readonly string[], counts: RoutingCounts): RoutingSuggestion | null {
  const departments = [...counts.departments.entries()].filter(([, d]) => d.examples > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (departments.length === 0) return null;
  const total = departments.reduce((sum, [, d]) => sum + d.examples, 0);
  const vocabulary = Math.max(counts.vocabulary, 1);
  // Features the model never saw carry no evidence for any department: left out, not smoothed into noise.
  const known = features.filter((feature) => departments.some(([department]) => (counts.featureCounts.get(department)?.get(feature) ?? 0) > 0));
  const logLikelihood = (department: string, d: { features: number }, feature: string) =>
    Math.log(((counts.featureCounts.get(department)?.get(feature) ?? 0) + SMOOTHING) / (d.features + SMOOTHING * vocabulary));
  const scores = departments.map(([department, d]) => ({
    department,
    d,
    logScore: Math.log(d.examples / total) + known.reduce((sum, feature) => sum + logLikelihood(department, d, feature), 0),
  }));
  const best = Math.max(...scores.map((s) => s.logScore));
  const norm = scores.reduce((sum, s) => sum + Math.exp(s.logScore - best), 0);
  const ranking = scores
    .map((s) => ({ department: s.department, confidence: Math.exp(s.logScore - best) / norm }))
    .sort((a, b) => b.confidence - a.confidence || (a.department < b.department ? -1 : 1));
  const top = scores.find((s) => s.department === ranking[0].department)!;
  const runnerUp = ranking.length > 1 ? scores.find((s) => s.department === ranking[1].department)! : null;
  const reasons = known
    .map((feature) => ({
      feature,
      weight: logLikelihood(top.department, top.d, feature) - (runnerUp ? logLikelihood(runnerUp.department, runnerUp.d, feature) : 0),
    }))
    .filter((reason) => reason.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, REASONS)
    .map((reason) => ({ feature: reason.feature, weight: round(reason.weight) }));
  return {
    department: ranking[0].department,
    confidence: round(ranking[0].confidence),
    reasons,
    ranking: ranking.map((r) => ({ department: r.department, confidence: round(r.confidence) })),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Counts kept in memory: the evaluation trains this way, and the tests compare it with the read model's tables. */
export class InMemoryRoutingCounts implements RoutingCounts {
  readonly departments = new Map<string, { examples: number; features: number }>();
  readonly featureCounts = new Map<string, Map<string, number>>();
  private readonly featureTotals = new Map<string, number>();

  get vocabulary(): number {
    return this.featureTotals.size;
  }

  add(department: string, features: readonly string[], sign: 1 | -1 = 1): void {
    const d = this.departments.get(department) ?? { examples: 0, features: 0 };
    d.examples += sign;
    d.features += sign * features.length;
    if (d.examples === 0) this.departments.delete(department);
    else this.departments.set(department, d);
    const perFeature = this.featureCounts.get(department) ?? new Map<string, number>();
    this.featureCounts.set(department, perFeature);
    for (const feature of features) {
      const n = (perFeature.get(feature) ?? 0) + sign;
      if (n === 0) perFeature.delete(feature);
      else perFeature.set(feature, n);
      const t = (this.featureTotals.get(feature) ?? 0) + sign;
      if (t === 0) this.featureTotals.delete(feature);
      else this.featureTotals.set(feature, t);
    }
  }
}
