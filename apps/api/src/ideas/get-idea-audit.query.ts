import { Query } from '@nestjs/cqrs';
import type { AuditView } from './audit.view';
import { type StaffMember } from '@civic/casework';

export class GetIdeaAuditQuery extends Query<AuditView> {
  constructor(
    readonly ideaId: string,
    /** Managers and dispatchers read every idea's audit; handlers and leads their departments'. */
    readonly staff: StaffMember,
  ) {
    super();
  }
}
