import { eventually } from './support/eventually';
import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The staff's budget-round pages over HTTP, as a browser without JavaScript sends them: a manager opens a round, reviews
 * and merges the citizens' proposals, types in paper ballots, closes voting and records the winners carried out; a
 * stale form and the domain's refusals are pages that keep what was typed.
 */
describe('Staff budget-round pages', () => {
  let t: TestApp;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp('staff-budget-rounds', { projections: true });
    // The pages speak Danish unless asked otherwise: these read in English.
    manager = `${await signInAsStaff(t, { subject: 'maja', roles: ['manager'] })}; lang=en`;
  });
  afterAll(() => t?.close());

  const SCHEDULE = {
    proposalsFrom: '2027-03-01',
    proposalsTo: '2027-03-31',
    reviewFrom: '2027-04-01',
    reviewTo: '2027-04-30',
    votingFrom: '2027-05-01',
    votingTo: '2027-05-14',
    resultsFrom: '2027-05-15',
    resultsTo: '2027-05-31',
    implementationFrom: '2027-06-01',
    implementationTo: '2028-12-31',
  };

  const page = (path: string) => t.http.get(path).set('Cookie', manager);
  const revisionOf = (html: string) => Number(/name="revision" value="(\d+)"/.exec(html)?.[1]);

  /** Sends a form as the browser would: the page's CSRF token and the revision it showed (unless one is given). */
  async function send(path: string, action: string, fields: [string, string][], status: number, revision?: number) {
    const shown = (await page(path).expect(200)).text;
    const body = new URLSearchParams([['_csrf', csrfOf(shown)], ['revision', String(revision ?? revisionOf(shown))], ...fields]);
    return t.http.post(`${path}/${action}`).set('Cookie', manager).type('form').send(body.toString()).expect(status);
  }

  it('runs a round end to end: opened, reviewed, merged, paper ballots, counted, carried out', async () => {
    const list = await page('/staff/budget-rounds').expect(200);
    expect(list.text).toContain('href="/staff/budget-rounds"'); // the menu has the link
    const csrf = csrfOf(list.text);

    // A form that is wrong says where and keeps what was typed.
    const bad = new URLSearchParams({
      _csrf: csrf,
      title: 'Hele byen 2027',
      amount: 'mange',
      currency: 'DKK',
      ballot: 'approval',
      maxChoices: '2',
      rule: 'greedy',
    });
    const refused = await t.http.post('/staff/budget-rounds').set('Cookie', manager).type('form').send(bad.toString()).expect(422);
    expect(refused.text).toContain("id='amount-error'");
    expect(refused.text).toContain("id='votingFrom-error'");
    expect(refused.text).toContain('value="Hele byen 2027"');

    const form = new URLSearchParams({
      _csrf: csrf,
      title: 'Hele byen 2027',
      district: '',
      amount: '120',
      currency: 'DKK',
      ballot: 'approval',
      maxChoices: '2',
      rule: 'equal-shares:add1',
      minimumAge: '16',
      ...SCHEDULE,
    });
    const opened = await t.http.post('/staff/budget-rounds').set('Cookie', manager).type('form').send(form.toString()).expect(303);
    const id = /^\/staff\/budget-rounds\/([0-9a-f-]{36})\?done=open$/.exec(opened.headers.location)?.[1];
    expect(id).toBeDefined();
    const path = `/staff/budget-rounds/${id}`;
    expect((await page(opened.headers.location).expect(200)).text).toContain('The round is open for proposals.');

    const proposals: Record<string, string> = {};
    for (const title of ['Park', 'Library', 'Playground', 'Helipad', 'Another park']) {
      const response = await t.http
        .post(`/budget-rounds/${id}/proposals`)
        .send({ title, summary: `A ${title.toLowerCase()} for everyone.` })
        .expect(201);
      proposals[title] = response.body.proposalId;
    }

    // Voting cannot open before review, and the domain's refusal is a readable page.
    const early = await send(path, 'phase', [['to', 'voting']], 409);
    expect(early.text).toContain('The round is not in a phase that allows this now.');
    await send(path, 'phase', [['to', 'review']], 303);
    await send(
      path,
      'feasibility',
      [
        ['proposal', proposals.Park],
        ['feasible', 'yes'],
        ['costEstimate', '60'],
      ],
      303,
    );
    await send(
      path,
      'feasibility',
      [
        ['proposal', proposals.Library],
        ['feasible', 'yes'],
        ['costEstimate', '50'],
      ],
      303,
    );
    const noReason = await send(
      path,
      'feasibility',
      [
        ['proposal', proposals.Helipad],
        ['feasible', 'no'],
        ['reason', ''],
      ],
      422,
    );
    expect(noReason.text).toContain(`id='reason-${proposals.Helipad}-error'`);
    await send(
      path,
      'feasibility',
      [
        ['proposal', proposals.Helipad],
        ['feasible', 'no'],
        ['reason', 'There is no room for a helipad.'],
      ],
      303,
    );
    const notReady = await send(path, 'phase', [['to', 'voting']], 409);
    expect(notReady.text).toContain('Voting can open only when every proposal has been reviewed');
    await send(
      path,
      'merge',
      [
        ['into', proposals.Park],
        ['proposalIds', proposals['Another park']],
      ],
      303,
    );

    // Someone else changes the round while a form is open: nothing is saved, the page says what happened and keeps the text.
    const read = revisionOf((await page(path).expect(200)).text);
    await send(
      path,
      'feasibility',
      [
        ['proposal', proposals.Playground],
        ['feasible', 'yes'],
        ['costEstimate', '30'],
      ],
      303,
    );
    const before = await t.eventCount();
    const stale = await send(
      path,
      'settings',
      Object.entries({
        ...SCHEDULE,
        title: 'Min omhyggelige titel',
        amount: '120',
        currency: 'DKK',
        ballot: 'approval',
        maxChoices: '2',
        rule: 'equal-shares:add1',
      }),
      409,
      read,
    );
    expect(await t.eventCount()).toBe(before);
    expect(stale.text).toContain('Someone else changed the round while you were working');
    expect(stale.text).toContain('ProposalFeasibilityRecorded');
    expect(stale.text).toContain('value="Min omhyggelige titel"');
    expect(revisionOf(stale.text)).toBe(read + 1);

    await send(path, 'phase', [['to', 'voting']], 303);
    const voting = (await page(path).expect(200)).text;
    expect(voting).not.toContain(`action="${path}/settings"`); // settings are fixed once voting opens
    expect(voting).not.toContain(`value="${proposals.Helipad}"`); // not on the ballot

    const sheet = async (choices: string[], status: number, votingPlace = 'Main library') =>
      send(path, 'paperBallot', [['votingPlace', votingPlace], ...choices.map((choice): [string, string] => ['choices', choice])], status);
    for (let i = 0; i < 3; i++) {
      const entered = await sheet([proposals.Park, proposals.Library], 303);
      expect(entered.headers.location).toBe(`${path}?done=paperBallot&place=Main%20library`);
    }
    expect((await page(`${path}?done=paperBallot&place=Main%20library`).expect(200)).text).toContain(
      'id="votingPlace" name="votingPlace" value="Main library"',
    );
    await sheet([proposals.Playground], 303);
    const tooMany = await sheet([proposals.Park, proposals.Library, proposals.Playground], 422);
    expect(tooMany.text).toContain("id='choices-error'");
    expect(tooMany.text).toContain(`id="choice-${proposals.Playground}" name="choices" value="${proposals.Playground}" checked`);

    // The count waits for the ballots' read model; closing again in a moment succeeds.
    const closed = await eventually(
      () => send(path, 'closeVoting', [], 303 as number).catch(() => null),
      (response) => response !== null,
      20_000,
    );
    expect(closed!.headers.location).toBe(`${path}?done=closeVoting`);
    const results = (await page(path).expect(200)).text;
    expect(results).toContain('4 ballots were counted. 2 projects are funded, costing 80 DKK together; 0 have been carried out.');
    expect(results).toContain('4 on paper, 0 online');

    await send(
      path,
      'progress',
      [
        ['proposal', proposals.Library],
        ['note', 'Architect chosen.'],
        ['percentComplete', '130'],
      ],
      422,
    );
    await send(
      path,
      'progress',
      [
        ['proposal', proposals.Library],
        ['note', 'Architect chosen.'],
        ['percentComplete', '30'],
      ],
      303,
    );
    const notWinner = await send(
      path,
      'progress',
      [
        ['proposal', proposals.Park],
        ['note', 'Not funded.'],
      ],
      409,
    );
    expect(notWinner.text).toContain('This proposal was not funded.');
    await send(path, 'phase', [['to', 'implementation']], 303);
    await send(
      path,
      'complete',
      [
        ['proposal', proposals.Library],
        ['note', 'Opened to the public.'],
      ],
      303,
    );
    await send(
      path,
      'complete',
      [
        ['proposal', proposals.Playground],
        ['note', 'Children play there.'],
      ],
      303,
    );

    const round = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(round).toMatchObject({ phase: 'implementation', results: { ballots: 4, winners: [proposals.Library, proposals.Playground], implemented: 2 } });
    expect(round.proposals.find((proposal: { id: string }) => proposal.id === proposals.Library).progress).toEqual([
      { note: 'Architect chosen.', percentComplete: 30, at: expect.any(String) },
    ]);
    // The round's public page says how many of the winners are carried out.
    const publicPage = await t.http.get(`/pages/budget-rounds/${id}`).set('Cookie', 'lang=en').expect(200);
    expect(publicPage.text).toContain('2 projects are funded, costing 80 DKK together; 2 have been carried out.');
    // The list follows the read model.
    const listed = await eventually(
      async () => (await page('/staff/budget-rounds').expect(200)).text,
      (html) => html.includes('2 of 2'),
      10_000,
    );
    expect(listed).toContain(`<a href="${path}">Hele byen 2027</a>`);
    expect(listed).toContain('Implementation');
  });

  it('enters a proposal handed in on paper, with what it is about and where (within the round’s district)', async () => {
    const list = await page('/staff/budget-rounds').expect(200);
    const form = new URLSearchParams({
      _csrf: csrfOf(list.text),
      title: 'Nørrebro 2027',
      district: 'noerrebro',
      amount: '120',
      currency: 'DKK',
      ballot: 'approval',
      maxChoices: '2',
      rule: 'greedy',
      minimumAge: '',
      ...SCHEDULE,
    });
    const opened = await t.http.post('/staff/budget-rounds').set('Cookie', manager).type('form').send(form.toString()).expect(303);
    const id = /^\/staff\/budget-rounds\/([0-9a-f-]{36})\?done=open$/.exec(opened.headers.location)![1];
    const path = `/staff/budget-rounds/${id}`;
    const shown = (await page(path).expect(200)).text;
    // Only the round's own district is offered.
    const districts = /<select id="proposal-district"[^>]*>([\s\S]*?)<\/select>/.exec(shown)![1];
    expect([...districts.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1])).toEqual(['', 'noerrebro']);

    const refused = await send(
      path,
      'proposal',
      [
        ['title', ''],
        ['summary', 'A bath in the harbour.'],
        ['district', 'valby'],
      ],
      422,
    );
    expect(refused.text).toContain("id='title-error'");
    expect(refused.text).toContain("id='district-error'");
    expect(refused.text).toContain('A bath in the harbour.</textarea>');

    const entered = await send(
      path,
      'proposal',
      [
        ['title', 'Harbour bath'],
        ['summary', 'A bath in the harbour.'],
        ['category', 'sports'],
        ['district', 'noerrebro'],
      ],
      303,
    );
    expect(entered.headers.location).toBe(`${path}?done=proposal`);
    expect((await page(entered.headers.location).expect(200)).text).toContain('The proposal was entered.');
    const [recorded] = (
      await t.db.query<{ data: Record<string, unknown> }>("SELECT data FROM events WHERE stream_id = $1 AND type = 'ProposalSubmitted'", [`budget-round-${id}`])
    ).rows;
    expect(recorded.data).toMatchObject({ title: 'Harbour bath', summary: 'A bath in the harbour.', ideaId: null, category: 'sports', district: 'noerrebro' });
  });

  it('speaks the page’s language, and sends a signed-out browser to sign in', async () => {
    const danish = await page('/staff/budget-rounds?lang=da').expect(200);
    expect(danish.text).toContain('Åbn en ny runde');
    const signedOut = await t.http.get('/staff/budget-rounds').expect(303);
    expect(signedOut.headers.location).toBe('/staff/sign-in?next=%2Fstaff%2Fbudget-rounds');
  });
});
