import { Query } from '@nestjs/cqrs';
import type { InboxPage } from '@civic/projections';
import type { InboxQueryInput } from './inbox-query.dto';

export class GetInboxQuery extends Query<InboxPage> {
  constructor(
    /** null: the triage inbox. */
    readonly department: string | null,
    readonly input: InboxQueryInput,
  ) {
    super();
  }
}
