import { Query } from '@nestjs/cqrs';
import type { InboxPage } from '@civic/projections';
import type { InboxQueryInput } from './inbox-query.dto';
import { type StaffMember } from '@civic/casework';

export class GetInboxQuery extends Query<InboxPage> {
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
