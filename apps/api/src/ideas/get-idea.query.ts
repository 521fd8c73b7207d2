import { Query } from '@nestjs/cqrs';
import type { IdeaView } from './idea.view';
import { type StaffMember } from '@civic/casework';

export class GetIdeaQuery extends Query<IdeaView> {
  constructor(
    readonly ideaId: string,
    /** Checked against the idea's current department (the access policy). */
    readonly staff: StaffMember,
  ) {
    super();
  }
}
