import type { Projection, SqlExecutor } from '../runner/projection';
import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import { foldPublicStatus, type PublicStatusContext } from './public-status.fold';
import type { PublicStatusRow } from './public-status.row';
import { PUBLIC_STATUS } from './public-status.name';
import { createPublicStatusTable } from './public-status.table';

export const publicStatusModel: IdeaRowModel<PublicStatusRow, PublicStatusContext> = {
  name: PUBLIC_STATUS,
  createTable: createPublicStatusTable,
  async loadContext(sql: SqlExecutor): Promise<PublicStatusContext> {
    const { rows } = await sql.query<{ code: string; name: string }>('SELECT code, name FROM departments');
    return { departmentNames: new Map(rows.map(({ code, name }) => [code, name])) };
  },
  fold: (row, event, context) => foldPublicStatus(row, event, context),
};

/** What citizens and the public see of every idea (GET /public/ideas). */
export function publicStatusProjection(): Projection {
  return new IdeaRowProjection(publicStatusModel);
}
