import { Query } from '@nestjs/cqrs';
import type { InboxItem, InboxPage, RoutingSuggestion } from '@civic/projections';
import type { InboxQueryInput } from './inbox-query.dto';
import { type StaffMember } from '@civic/casework';

/** An inbox row as the API gives it: the read model's, its confirmed supports and, in the triage inbox, the routing model's suggestion. */
export type InboxRow = InboxItem & { readonly supports: number; readonly routingSuggestion?: RoutingSuggestion | null };
export type InboxRows = Omit<InboxPage, 'items'> & { readonly items: InboxRow[] };

export class GetInboxQuery extends Query<InboxRows> {
  constructor(
    /** null: the triage inbox. */
    readonly department: string | null,
    readonly input: InboxQueryInput,
    /** Checked against the department asked for (the access policy). */
    readonly staff: StaffMember,
  ) {
    super();
  }
}
