import { ideaIdOfStream } from '@civic/ideas';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';
import { maskPersonalData } from './public-status.masking';
import type { PublicStatusRow, PublicTimelineEntry } from './public-status.table';
import { eventInstant } from '../runner/event-instant';

/** Nothing: the row is a function of the events alone (department names are joined when read). */
export type PublicStatusContext = Record<string, never>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public row after one event, or undefined when the public sees no
 * change (questions and replies between staff and citizen are private).
 * Free text is masked here, so nothing unmasked ever reaches the table.
 */
export function foldPublicStatus(row: PublicStatusRow | undefined, event: StoredIdeaEvent): PublicStatusRow | undefined {
  const at = eventInstant(event);
  if (event.type === 'IdeaSubmitted') {
    if (row) return undefined; // a stream is submitted once
    const d = event.data;
    // The contact is sealed: the name is masked where the submit handler found it, without anyone decrypting it.
    const spans = d.submitterNameSpans ?? { title: [], description: [] };
    return {
      idea_id: ideaIdOfStream(event.streamId)!, // the runner hands over idea streams only
      last_revision: event.streamRevision,
      public_code: d.publicCode,
      title: maskPersonalData(d.title, { nameSpans: spans.title }),
      description: maskPersonalData(d.description, { nameSpans: spans.description }),
      category: d.category,
      district: d.district,
      language: d.language ?? null,
      status: 'received',
      department_code: null,
      decision: null,
      public_answer: null,
      implementation_percent: null,
      duplicate_of: null,
      timeline: [{ step: 'received', at }],
      lat: approximate(d.location?.lat),
      lon: approximate(d.location?.lon),
      respond_by: null,
      received_at: at,
      routed_at: null,
      answered_at: null,
      implemented_at: null,
      closed_at: null,
      updated_at: at,
      hidden_reason: null,
      hidden_text: null,
    };
  }
  if (!row) return undefined; // nothing public can be said of an idea without its submission
  const changed = (change: Partial<PublicStatusRow>, entry?: PublicTimelineEntry): PublicStatusRow => ({
    ...row,
    ...change,
    timeline: entry ? [...row.timeline, entry] : row.timeline,
    updated_at: at,
  });

  switch (event.type) {
    case 'IdeaRouted': {
      const code = event.data.department;
      // The routing reason is written for colleagues, not for the public.
      const respondBy = typeof event.data.respondBy === 'string' ? event.data.respondBy : row.respond_by;
      return changed({ status: 'routed', department_code: code, routed_at: at, respond_by: respondBy }, { step: 'routed', at, department: { code } });
    }
    case 'IdeaAssigned':
      // Who handles it is internal; the public only sees that it is being handled again after an assessment.
      return row.status === 'diagnosed' ? changed({ status: 'routed' }) : undefined;
    case 'IdeaDiagnosed':
      // Feasibility, cost band, recommendation and notes are the case handler's working material.
      return changed({ status: 'diagnosed' }, { step: 'assessed', at });
    case 'IdeaAnswered': {
      const text = maskPersonalData(event.data.publicAnswer);
      return changed(
        { status: 'answered', decision: event.data.decision, public_answer: text, answered_at: at },
        { step: 'answered', at, decision: event.data.decision, text },
      );
    }
    case 'IdeaImplementationProgressed': {
      const percentComplete = event.data.percentComplete ?? null;
      return changed(
        { status: 'in_implementation', implementation_percent: percentComplete ?? row.implementation_percent },
        { step: 'implementation_progress', at, ...publicText(event.data.note), percentComplete },
      );
    }
    case 'IdeaImplemented':
      return changed({ status: 'implemented', implementation_percent: 100, implemented_at: at }, { step: 'implemented', at, ...publicText(event.data.note) });
    case 'IdeaWithdrawn':
      // Stays visible: its public code keeps working and the record of what the city received stays whole. The reason is the citizen's own.
      return changed({ status: 'withdrawn', closed_at: at }, { step: 'withdrawn', at });
    case 'IdeaMarkedDuplicate': {
      const original = UUID.test(event.data.duplicateOf) ? event.data.duplicateOf.toLowerCase() : null;
      return changed({ status: 'duplicate', duplicate_of: original, closed_at: at }, { step: 'merged', at });
    }
    case 'PublicTextHidden':
      // Blank, not replaced: every reader (list, search, open data, Open311) shows nothing of it, and the pages say why from hidden_reason.
      return changed({
        hidden_reason: event.data.reason,
        hidden_text: row.hidden_text ?? { title: row.title, description: row.description },
        title: '',
        description: '',
      });
    case 'PublicTextRestored':
      return row.hidden_text ? changed({ hidden_reason: null, hidden_text: null, ...row.hidden_text }) : undefined;
    default:
      return undefined;
  }
}

/**
 * Three decimals (about 100 m): enough to find the pothole or the square, not
 * the citizen's front door when the idea was sent from home.
 */
function approximate(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null;
}

function publicText(note: string | null | undefined): { text?: string } {
  return note ? { text: maskPersonalData(note) } : {};
}
