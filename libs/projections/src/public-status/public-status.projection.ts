import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection } from '../runner/projection';
import { foldPublicStatus, type PublicStatusContext } from './public-status.fold';
import { PUBLIC_STATUS, type PublicStatusRow, publicStatusTable } from './public-status.table';

export const publicStatusModel: IdeaRowModel<PublicStatusRow, PublicStatusContext> = {
  name: PUBLIC_STATUS,
  createTable: publicStatusTable,
  // No reference data: a rebuild must give what the live rows have, whatever was renamed in between.
  async loadContext() {
    return {};
  },
  fold: foldPublicStatus,
};

/** What citizens and the public see of every idea (GET /public/ideas). */
export function publicStatusProjection(): Projection {
  return new IdeaRowProjection(publicStatusModel);
}
