import { Query } from '@nestjs/cqrs';
import type { StaffMember } from '@civic/casework';
import type { DuplicateCandidatesView } from './similar-ideas.dto';

export class GetDuplicateCandidatesQuery extends Query<DuplicateCandidatesView> {
  constructor(
    readonly ideaId: string,
    readonly staff: StaffMember,
  ) {
    super();
  }
}
