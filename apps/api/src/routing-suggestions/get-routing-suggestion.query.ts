import { Query } from '@nestjs/cqrs';
import type { StaffMember } from '@civic/casework';
import type { IdeaRoutingSuggestion } from '@civic/projections';

export class GetRoutingSuggestionQuery extends Query<IdeaRoutingSuggestion> {
  constructor(
    readonly ideaId: string,
    readonly staff: StaffMember,
  ) {
    super();
  }
}
