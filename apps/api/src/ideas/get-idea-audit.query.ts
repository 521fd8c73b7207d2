import { Query } from '@nestjs/cqrs';
import type { StaffMember } from '../auth/staff-member';
import type { AuditView } from './audit.view';

export class GetIdeaAuditQuery extends Query<AuditView> {
  constructor(
    readonly ideaId: string,
    /** Managers and dispatchers read every idea's audit; handlers and leads their departments'. */
    readonly staff: StaffMember,
  ) {
    super();
  }
}
