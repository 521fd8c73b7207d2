import { ideaIdOfStream } from '@civic/ideas';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';
import { ideaFeatures } from './routing-model.features';

/** Why an idea's department is believed right: a person chose it, corrected it, or the department answered the idea. */
export const LABEL_SOURCES = ['routed-by-hand', 're-routed', 'answered'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/** What the model knows of one idea: its features, the department it is in, and the department the history says it belongs to. */
export interface RoutingExample {
  idea_id: string;
  last_revision: number;
  features: string[];
  department: string | null;
  /** null until a person's decision or an answer says where it belongs; a routing rule alone teaches nothing. */
  label: string | null;
  label_source: LabelSource | null;
  received_at: string;
}

/**
 * The example after one event (undefined: no change). The label follows the
 * last human decision: a routing by hand, any re-routing (whoever did it
 * corrected the one before), and the department that answered, which confirms
 * even a rule's routing.
 *
 * The model never learns from its own routings (routedBy 'model'): like a
 * rule's, an automatic routing sets the department but no label, so it is no
 * training example on its own. It becomes one only by what people do after it:
 * a re-routing (the correction is the label) or the department's answer (the
 * department took it as its own, as it confirms a rule's routing).
 */
export function foldRoutingExample(row: RoutingExample | undefined, event: StoredIdeaEvent): RoutingExample | undefined {
  if (event.type === 'IdeaSubmitted') {
    if (row) return undefined;
    const d = event.data;
    return {
      idea_id: ideaIdOfStream(event.streamId)!,
      last_revision: event.streamRevision,
      features: ideaFeatures({ title: d.title, description: d.description, category: d.category, district: d.district, nameSpans: d.submitterNameSpans }),
      department: null,
      label: null,
      label_source: null,
      received_at: new Date(Date.parse(d.at) || event.recordedAt.getTime()).toISOString(),
    };
  }
  if (!row) return undefined;
  switch (event.type) {
    case 'IdeaRouted': {
      const department = event.data.department;
      if (event.data.previousDepartment !== null) return { ...row, department, label: department, label_source: 're-routed' };
      if (event.data.routedBy === 'hand') return { ...row, department, label: department, label_source: 'routed-by-hand' };
      // A rule's or the model's own routing: where the idea is, not yet what it teaches.
      return { ...row, department };
    }
    case 'IdeaAnswered':
      return row.department === null ? undefined : { ...row, label: row.department, label_source: 'answered' };
    default:
      return undefined;
  }
}
