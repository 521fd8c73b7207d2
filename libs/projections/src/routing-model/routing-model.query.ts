import type { RowsOf } from '../similar-ideas/similar-ideas.query';
import { InMemoryRoutingCounts, type RoutingSuggestion, suggestDepartment } from './routing-model.classifier';
import { ROUTING_DEPARTMENT_COUNTS, ROUTING_EXAMPLES, ROUTING_FEATURE_COUNTS } from './routing-model.table';

export interface IdeaRoutingSuggestion {
  readonly ideaId: string;
  /** null when the model has learnt nothing yet, or the idea is not in it yet. */
  readonly suggestion: RoutingSuggestion | null;
  /** Labelled ideas the model has learnt from. */
  readonly learntFrom: number;
}

/**
 * Suggestions for several ideas at once (a page of the triage inbox): one
 * read of the counts for all their features. Only departments that exist
 * today are suggested (reference data, joined when read).
 */
export async function suggestRoutings(rows: RowsOf, ideaIds: readonly string[]): Promise<Map<string, IdeaRoutingSuggestion>> {
  const result = new Map<string, IdeaRoutingSuggestion>();
  if (ideaIds.length === 0) return result;
  const examples = await rows<{ idea_id: string; features: string[] }>(`SELECT idea_id, features FROM ${ROUTING_EXAMPLES} WHERE idea_id = ANY($1::uuid[])`, [
    ideaIds,
  ]);
  const model = await loadModelFor(rows, [...new Set(examples.flatMap((example) => example.features))]);
  const learntFrom = [...model.departments.values()].reduce((sum, d) => sum + d.examples, 0);
  const byId = new Map(examples.map((example) => [example.idea_id, example.features]));
  for (const ideaId of ideaIds) {
    const own = byId.get(ideaId);
    result.set(ideaId, { ideaId, suggestion: own ? suggestDepartment(own, model) : null, learntFrom });
  }
  return result;
}

/**
 * The suggestion for features computed by the caller (ideaFeatures of the
 * submitted idea): for a reaction to a submission, which must not wait for
 * this read model to have caught up with the idea itself.
 */
export async function suggestRoutingFor(rows: RowsOf, features: readonly string[]): Promise<RoutingSuggestion | null> {
  return suggestDepartment([...features], await loadModelFor(rows, [...new Set(features)]));
}

/** The counts the classifier needs for these features, of the departments that exist today. */
async function loadModelFor(rows: RowsOf, features: string[]) {
  const [departments, counts, [vocabulary]] = await Promise.all([
    rows<{ department: string; examples: number; features: number }>(
      `SELECT c.department, c.examples, c.features FROM ${ROUTING_DEPARTMENT_COUNTS} c JOIN departments d ON d.code = c.department`,
      [],
    ),
    rows<{ department: string; feature: string; count: number }>(
      `SELECT department, feature, count FROM ${ROUTING_FEATURE_COUNTS} WHERE feature = ANY($1::text[])`,
      [features],
    ),
    rows<{ n: string }>(`SELECT count(DISTINCT feature) AS n FROM ${ROUTING_FEATURE_COUNTS}`, []),
  ]);
  const model = {
    departments: new Map(departments.map((d) => [d.department, { examples: Number(d.examples), features: Number(d.features) }])),
    featureCounts: new Map<string, Map<string, number>>(),
    vocabulary: Number(vocabulary.n),
  };
  for (const c of counts) {
    const perFeature = model.featureCounts.get(c.department) ?? new Map<string, number>();
    perFeature.set(c.feature, Number(c.count));
    model.featureCounts.set(c.department, perFeature);
  }
  return model;
}

/** Every count of the model, for comparing a rebuild with the live tables and the in-memory training. */
export async function loadRoutingCounts(rows: RowsOf): Promise<InMemoryRoutingCounts> {
  const counts = new InMemoryRoutingCounts();
  const departments = await rows<{ department: string; examples: number; features: number }>(`SELECT * FROM ${ROUTING_DEPARTMENT_COUNTS}`, []);
  for (const d of departments) counts.departments.set(d.department, { examples: d.examples, features: d.features });
  for (const c of await rows<{ department: string; feature: string; count: number }>(`SELECT * FROM ${ROUTING_FEATURE_COUNTS}`, [])) {
    const perFeature = counts.featureCounts.get(c.department) ?? new Map<string, number>();
    perFeature.set(c.feature, c.count);
    counts.featureCounts.set(c.department, perFeature);
  }
  return counts;
}
