import { ideaIdOfStream } from '@civic/ideas';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';
import { maskPersonalData } from '../public-status/public-status.masking';
import type { SimilarIdeasRow } from './similar-ideas.table';
import { eventInstant } from '../runner/event-instant';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The searchable row after one event, or undefined when nothing it shows
 * changes. Text is masked exactly as on the public page (same function, same
 * name spans), so a search can neither show nor match what the page hides.
 */
export function foldSimilarIdeas(row: SimilarIdeasRow | undefined, event: StoredIdeaEvent): SimilarIdeasRow | undefined {
  const at = eventInstant(event);
  if (event.type === 'IdeaSubmitted') {
    if (row) return undefined;
    const d = event.data;
    const spans = d.submitterNameSpans ?? { title: [], description: [] };
    return {
      idea_id: ideaIdOfStream(event.streamId)!,
      last_revision: event.streamRevision,
      public_code: d.publicCode,
      title: maskPersonalData(d.title, { nameSpans: spans.title }),
      description: maskPersonalData(d.description, { nameSpans: spans.description }),
      category: d.category,
      district: d.district,
      status: 'received',
      department_code: null,
      duplicate_of: null,
      received_at: at,
      closed_at: null,
      folded_title: null,
      search_document: null,
      hidden_text: null,
    };
  }
  if (!row) return undefined;
  switch (event.type) {
    case 'IdeaRouted':
      return { ...row, status: 'routed', department_code: event.data.department };
    case 'IdeaAssigned':
      return row.status === 'diagnosed' ? { ...row, status: 'routed' } : undefined;
    case 'IdeaDiagnosed':
      return { ...row, status: 'diagnosed' };
    case 'IdeaAnswered':
      return { ...row, status: 'answered', closed_at: row.closed_at ?? at };
    case 'IdeaImplementationProgressed':
      return { ...row, status: 'in_implementation' };
    case 'IdeaImplemented':
      return { ...row, status: 'implemented' };
    case 'IdeaWithdrawn':
      return { ...row, status: 'withdrawn', closed_at: at };
    case 'IdeaMarkedDuplicate':
      return { ...row, status: 'duplicate', duplicate_of: UUID.test(event.data.duplicateOf) ? event.data.duplicateOf.toLowerCase() : null, closed_at: at };
    case 'PublicTextHidden':
      return { ...row, hidden_text: row.hidden_text ?? { title: row.title, description: row.description }, title: '', description: '' };
    case 'PublicTextRestored':
      return row.hidden_text ? { ...row, ...row.hidden_text, hidden_text: null } : undefined;
    default:
      return undefined;
  }
}
