import { StaffDirectory } from '../apps/api/src/auth/staff-directory';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';

/** Staff addresses come from the sign-in token's e-mail claim, for the worker's reminders to assignees. */
describe('Staff e-mail addresses from sign-in (staff_contacts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('staff_directory_e2e');
  });
  afterAll(async () => {
    await t?.close();
  });

  const contactOf = async (subject: string) => (await t.db.query('SELECT email FROM staff_contacts WHERE subject = $1', [subject])).rows[0]?.email ?? null;
  const asStaff = async (headers: Record<string, string>) => {
    await t.http.get('/departments/TMF/inbox').set(headers).expect(200);
    await t.app.get(StaffDirectory).settled();
  };

  it('is one directory for the API, the staff pages and the queue dashboard, so settled() waits for every write', () => {
    expect(t.app.get(StaffDirectory, { strict: false, each: true })).toHaveLength(1);
  });

  it('records the address of a staff member whose token carries one', async () => {
    await asStaff(await t.staff({ sub: 'handler-anna', roles: ['handler'], departments: ['TMF'], email: 'anna@kk.dk' }));
    expect(
      await eventually(
        () => contactOf('handler-anna'),
        (email) => email !== null,
      ),
    ).toBe('anna@kk.dk');
  });

  it('follows a changed address', async () => {
    await asStaff(await t.staff({ sub: 'handler-carl', roles: ['handler'], departments: ['TMF'], email: 'carl@kk.dk' }));
    await asStaff(await t.staff({ sub: 'handler-carl', roles: ['handler'], departments: ['TMF'], email: 'carl.jensen@kk.dk' }));
    expect(await contactOf('handler-carl')).toBe('carl.jensen@kk.dk');
  });

  it('writes nothing for a token without an address, or with something that is not one, and serves the request all the same', async () => {
    await asStaff(await t.staff({ sub: 'handler-bo', roles: ['handler'], departments: ['TMF'] }));
    await asStaff({
      authorization: `Bearer ${await t.auth.token({ sub: 'handler-dina', roles: ['handler'], departments: ['TMF'] }, { email: 'Dina <dina@kk.dk>' })}`,
    });
    await asStaff({
      authorization: `Bearer ${await t.auth.token({ sub: 'handler-emil', roles: ['handler'], departments: ['TMF'] }, { email: ['emil@kk.dk'] })}`,
    });
    expect((await t.db.query(`SELECT subject FROM staff_contacts WHERE subject IN ('handler-bo', 'handler-dina', 'handler-emil')`)).rows).toEqual([]);
  });

  it('learns nothing from a public request, even one that carries a token', async () => {
    await t.http
      .get('/departments')
      .set(await t.staff({ sub: 'passer-by', email: 'passer@kk.dk' }))
      .expect(200);
    await t.app.get(StaffDirectory).settled();
    expect(await contactOf('passer-by')).toBeNull();
  });
});
