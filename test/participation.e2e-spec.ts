import { SupportLinks } from '@civic/casework';
import { eventually } from './support/eventually';
import { startTestApp, TEST_TRACKING_SECRET, type TestApp, validIdea } from './support/test-app';

/**
 * The participation report on a small data set worked by hand. Residents:
 * Valby 50,000, Nørrebro 30,000, Amager Øst 20,000 (the other districts have
 * no figure). In November 2026: ideas from Valby 1, Nørrebro 2, Amager Øst 1;
 * confirmed supports from Valby 1 and Nørrebro 3, of which one is withdrawn
 * again; one support names no district, one is never confirmed. An idea
 * from Valby in January is outside the period. So the participants are Valby
 * 2, Nørrebro 4, Amager Øst 1 (7): Valby 2/7 = 0.2857 of the participants
 * against 0.5 of the residents (index 0.57, under-represented), Nørrebro
 * 4/7 = 0.5714 against 0.3 (1.90, over), Amager Øst 1/7 = 0.1429 against 0.2
 * (0.71, under).
 */
describe('Participation report by district', () => {
  let t: TestApp;
  let staff: Record<string, string>;
  const links = new SupportLinks(TEST_TRACKING_SECRET);

  beforeAll(async () => {
    t = await startTestApp('participation', { projections: true });
    staff = await t.staff({ sub: 'maria', roles: ['manager'] });
    await t.db.query('UPDATE districts SET residents = NULL');
    await t.db.query(
      `UPDATE districts SET residents = v.n FROM (VALUES ('valby', 50000), ('noerrebro', 30000), ('amager-oest', 20000)) AS v (code, n) WHERE districts.code = v.code`,
    );

    const submit = async (district: string) =>
      (
        await t.http
          .post('/ideas')
          .send(validIdea({ district, location: undefined }))
          .expect(201)
      ).body;
    const idea = await submit('valby');
    await submit('noerrebro');
    await submit('noerrebro');
    await submit('amager-oest');
    await eventually(
      () => t.http.get(`/public/ideas/${idea.publicCode}`),
      (response) => response.status === 200,
    );
    const support = async (email: string, district?: string, confirm = true) => {
      await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email, district }).expect(202);
      const token = links.issue(links.supportIdFor(idea.id, email));
      if (confirm) await t.http.post(`/supports/${token}/confirm`).expect(200);
      return token;
    };
    await support('a@example.dk', 'valby');
    await support('b@example.dk', 'noerrebro');
    await support('c@example.dk', 'noerrebro');
    const withdrawn = await support('d@example.dk', 'noerrebro');
    await t.http.post(`/supports/${withdrawn}/withdraw`).expect(200);
    await support('f@example.dk');
    await support('g@example.dk', 'valby', false);
    t.clock.advance(45 * 86_400_000);
    await submit('valby');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('matches the hand-worked figures', async () => {
    const report = await eventually(
      async () => (await t.http.get('/reports/participation?from=2026-11-01&to=2026-12-01').set(staff).expect(200)).body,
      (body) => body.notStated.supporters === 1 && body.districts.find((d: { code: string }) => d.code === 'noerrebro').supporters === 2,
    );
    const pick = (code: string) => report.districts.find((d: { code: string }) => d.code === code);
    expect(pick('valby')).toEqual({
      code: 'valby',
      name: 'Valby',
      residents: 50000,
      residentShare: 0.5,
      submitters: 1,
      supporters: 1,
      signers: 0,
      participants: 2,
      participantShare: 0.2857,
      index: 0.57,
      representation: 'under',
    });
    expect(pick('noerrebro')).toMatchObject({
      residentShare: 0.3,
      submitters: 2,
      supporters: 2,
      participants: 4,
      participantShare: 0.5714,
      index: 1.9,
      representation: 'over',
    });
    expect(pick('amager-oest')).toMatchObject({
      residentShare: 0.2,
      submitters: 1,
      supporters: 0,
      participants: 1,
      participantShare: 0.1429,
      index: 0.71,
      representation: 'under',
    });
    expect(pick('indre-by')).toMatchObject({ residents: null, residentShare: null, participants: 0, index: null, representation: 'unknown' });
    expect(report.overRepresented).toEqual(['noerrebro']);
    expect(report.underRepresented).toEqual(['amager-oest', 'valby']);
    expect(report.notStated).toEqual({ submitters: 0, supporters: 1, signers: 0 });
    expect(report.thresholds).toEqual({ over: 1.25, under: 0.8 });
  });

  it('counts what happened in the period only', async () => {
    // The last submission may still be on its way into the read model.
    const { body } = await eventually(
      () => t.http.get('/reports/participation?from=2027-01-01&to=2027-02-01').set(staff).expect(200),
      (response) => response.body.districts.some((d: { code: string; submitters: number }) => d.code === 'valby' && d.submitters === 1),
    );
    expect(body.districts.find((d: { code: string }) => d.code === 'valby')).toMatchObject({
      submitters: 1,
      supporters: 0,
      participants: 1,
      participantShare: 1,
      index: 2,
    });
    expect(body.overRepresented).toEqual(['valby']);
  });

  it('comes as CSV too', async () => {
    const csv = await t.http.get('/reports/participation?from=2026-11-01&to=2026-12-01').set(staff).set('Accept', 'text/csv').expect(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('district,name,residents,resident_share,submitters,supporters,signers,participants,participant_share,index,representation');
    expect(lines).toContain('noerrebro,Nørrebro,30000,0.3,2,2,0,4,0.5714,1.9,over');
  });

  it('holds no personal data: its table is event ids, kinds, districts and instants', async () => {
    const { rows } = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'participation' ORDER BY ordinal_position`);
    expect(rows.map((row) => row.column_name)).toEqual(['event_id', 'kind', 'district', 'at', 'delta']);
  });
});
