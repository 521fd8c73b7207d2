import { Query } from '@nestjs/cqrs';
import type { StaffMember } from '../auth/staff-member';
import type { IdeaView } from './idea.view';

export class GetIdeaQuery extends Query<IdeaView> {
  constructor(
    readonly ideaId: string,
    /** Checked against the idea's current department (the access policy). */
    readonly staff: StaffMember,
  ) {
    super();
  }
}
