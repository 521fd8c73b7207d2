import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { StaffTokenVerifier } from '../auth/staff-token-verifier';
import { queueDashboardAccess } from './queue-dashboard-access';

describe('queueDashboardAccess', () => {
  it('answers 503 (not 401) while the identity provider’s keys cannot be fetched, and lets nothing through', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const verifier = new StaffTokenVerifier({
      keys: { jwksUrl: `http://127.0.0.1:${port}/certs` },
      issuer: 'https://login.example',
      audience: 'civic-ideas',
      rolesClaim: 'roles',
      departmentsClaim: 'departments',
    });
    const app = express().use('/admin/queues', queueDashboardAccess(verifier, { noteSignIn: () => undefined }), (_request, response) => {
      response.send('the board');
    });
    // Well-formed enough to need the provider's keys: a header naming a key id, any payload, any signature.
    const token =
      [
        { alg: 'RS256', kid: 'k1' },
        { sub: 'admin', exp: 9999999999 },
      ]
        .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
        .join('.') + '.c2ln';

    const response = await request(app).get('/admin/queues/api/queues').set('cookie', `civic_admin_session=${token}`);

    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'identity-provider-unavailable', instance: '/admin/queues/api/queues' });
  });
});
