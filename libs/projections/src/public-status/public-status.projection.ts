import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection } from '../runner/projection';
import { foldPublicStatus, type PublicStatusContext } from './public-status.fold';
import { PUBLIC_STATUS, type PublicStatusRow, publicStatusTable } from './public-status.table';

export const publicStatusModel: IdeaRowModel<PublicStatusRow, PublicStatusContext> = {
  name: PUBLIC_STATUS,
  createTable: publicStatusTable,
  async loadContext(sql) {
    const { rows } = await sql.query<{ code: string; name: string }>('SELECT code, name FROM departments');
    return { departmentNames: new Map(rows.map(({ code, name }) => [code, name])) };
  },
  fold: foldPublicStatus,
};

/** What citizens and the public see of every idea (GET /public/ideas). */
export function publicStatusProjection(): Projection {
  return new IdeaRowProjection(publicStatusModel);
}
