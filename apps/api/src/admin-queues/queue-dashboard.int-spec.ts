import { randomUUID } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { type AnyQueue, applyMigrations, createQueue, queueBackend } from '@civic/platform';
import { createTestDatabase, type TestDatabase } from '@civic/platform/testing';
import { QueueDashboard } from './queue-dashboard';

/** Without REDIS_URL the queues live in PostgreSQL (BullMQ's own backend): the board reads them there too. */
describe('QueueDashboard on the PostgreSQL queue backend', () => {
  let database: TestDatabase;
  let dashboard: QueueDashboard;
  let producer: AnyQueue;
  let app: express.Express;

  beforeAll(async () => {
    database = await createTestDatabase('queue_dashboard_pg');
    await applyMigrations(database.url);
    const backend = queueBackend({ redisUrl: null, databaseUrl: database.url });
    dashboard = new QueueDashboard({ backend, prefix: 'civic' });
    producer = createQueue('deadlines', backend, { prefix: 'civic' });
    app = express().use('/admin/queues', dashboard.router);
  });
  afterAll(async () => {
    await producer?.close();
    await dashboard?.onApplicationShutdown();
    await database?.drop();
  });

  it('lists the queues, a delayed job in them, and the datastore', async () => {
    const ideaId = randomUUID();
    await producer.add(
      'deadline-reminder',
      { ideaId, routingEventId: randomUUID(), respondBy: '2026-12-01T23:00:00.000Z', dueAt: '2026-11-27T23:00:00.000Z' },
      { jobId: `reminder-${ideaId}`, delay: 60_000 },
    );

    const { body } = await request(app).get('/admin/queues/api/queues?activeQueue=deadlines&status=delayed&page=1').expect(200);
    expect(body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(['deadlines', 'maintenance', 'notifications']);
    const deadlines = body.queues.find((queue: { name: string }) => queue.name === 'deadlines');
    expect(deadlines.counts.delayed).toBe(1);
    expect(deadlines.jobs).toEqual([expect.objectContaining({ id: `reminder-${ideaId}`, name: 'deadline-reminder' })]);
    expect((await request(app).get(`/admin/queues/api/queues/deadlines/reminder-${ideaId}`).expect(200)).body.status).toBe('delayed');
    expect((await request(app).get('/admin/queues/api/redis/stats').expect(200)).body.backend).toBe('postgres');
    expect((await request(app).get('/admin/queues').expect(200)).headers['content-type']).toMatch(/^text\/html/);
  });

  it('acts on a job there: promoting the delayed job makes it waiting', async () => {
    const { body } = await request(app).get('/admin/queues/api/queues?activeQueue=deadlines&status=delayed&page=1').expect(200);
    const [job] = body.queues.find((queue: { name: string }) => queue.name === 'deadlines').jobs;
    await request(app).put(`/admin/queues/api/queues/deadlines/${job.id}/promote`).expect(204);
    expect((await request(app).get(`/admin/queues/api/queues/deadlines/${job.id}`).expect(200)).body.status).toBe('waiting');
  });
});
