import type { MigrationInterface, QueryRunner } from 'typeorm';
import { POSTGRES_EVENT_STORE_SCHEMA } from '@civic/event-store';

export class EventStore1732406400000 implements MigrationInterface {
  name = 'EventStore1732406400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(POSTGRES_EVENT_STORE_SCHEMA);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS append_to_stream; DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS event_streams;');
  }
}
