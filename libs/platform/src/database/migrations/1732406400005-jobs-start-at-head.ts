import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An installation that already has ideas must not, on its first start with
 * jobs, e-mail every citizen about everything that ever happened: the idea
 * reactor ('idea-jobs', apps/worker) starts after the last event already in
 * the store. A new, empty store leaves no row, so the reactor reads from the
 * beginning. (With EVENT_STORE=eventstoredb the events are not in this table:
 * see the README on moving an existing installation.)
 */
export class JobsStartAtHead1732406400005 implements MigrationInterface {
  name = 'JobsStartAtHead1732406400005';

  async up(queryRunner: Pick<QueryRunner, 'query'>): Promise<void> {
    // The $all order and checkpoint format of the PostgreSQL event store: "transaction id/global position".
    await queryRunner.query(`
      INSERT INTO reactor_checkpoints (name, position)
      SELECT 'idea-jobs', transaction_id::text || '/' || global_position::text
        FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1
      ON CONFLICT (name) DO NOTHING;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM reactor_checkpoints WHERE name = 'idea-jobs'`);
  }
}
