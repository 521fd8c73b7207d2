import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Ideas full of personal data, driven through their whole life over HTTP;
 * then every public endpoint is read and none of it may come back.
 */
const MASKED = { email: '[e-mail fjernet]', phone: '[telefonnummer fjernet]', cpr: '[CPR-nummer fjernet]', name: '[navn fjernet]' };

const SECRETS = {
  names: ['Karen Hansen', 'Karen', 'Hansen', 'Jørgen Æblegård', 'Jørgen', 'Æblegård', 'Mette Frederiksen-Nielsen', 'Frederiksen'],
  emails: [
    'karen.hansen+ideer@example.dk',
    'karen.hansen',
    'jørgen.æblegård@eksempel.dk',
    'mette@example.org',
    'vej-og-park@kk.example.dk',
    'privat@example.net',
  ],
  phones: [
    '+45 12 34 56 78',
    '12 34 56 78',
    '12345678',
    '0045 87654321',
    '87654321',
    '23 45 67 89',
    '23456789',
    '3456 7890',
    '34567890',
    '+46 70 123 45 67',
    '701234567',
    '+44 20 7946 0958',
    '79460958',
    '33 66 33 66',
    '33663366',
  ],
  cprs: ['010203-1234', '0102031234', '311299-4321', '3112994321', '150575-2468', '1505752468'],
  staff: ['handler-birgitte', 'lead-lars', 'dispatcher-dorte', 'budget line', 'Internal note', 'difficult citizen'],
  private: ['Which stretch', 'Hvilken ende', 'the north side', 'nordsiden', 'moved to Aarhus', 'Aarhus', 'Routed because'],
};
const ALL_SECRETS = Object.values(SECRETS).flat();

interface Submitted {
  id: string;
  publicCode: string;
  trackingToken: string;
}

describe('No personal data on any public endpoint', () => {
  let t: TestApp;
  const ideas: Record<'answered' | 'implemented' | 'withdrawn' | 'duplicate' | 'open', Submitted> = {} as never;

  beforeAll(async () => {
    t = await startTestApp('public_privacy', { projections: true });

    const submit = async (body: object): Promise<Submitted> => (await t.http.post('/ideas').send(body).expect(201)).body;
    const staff = async (idea: Submitted, path: string, body: object, actor = 'handler-birgitte') => {
      const signedIn = await t.staff({ sub: actor });
      const current = await t.http.get(`/ideas/${idea.id}`).set(signedIn).expect(200);
      return t.http.post(`/ideas/${idea.id}${path}`).set('If-Match', current.headers.etag).set(signedIn).send(body).expect(200);
    };
    const next = () => t.clock.advance(3_600_000);

    ideas.answered = await submit({
      title: 'Karen Hansen: farlig skolevej, ring 12 34 56 78',
      description:
        'Jeg hedder Karen Hansen (CPR 010203-1234). Skriv til karen.hansen+ideer@example.dk eller ring +45 12 34 56 78. Karens datter går i skole på Amager Strandvej 100, 2300 København S.',
      category: 'traffic',
      district: 'amager-oest',
      language: 'da',
      contact: { name: 'Karen Hansen', email: 'karen.hansen+ideer@example.dk', phone: '+45 12 34 56 78' },
      location: { lat: 55.66, lon: 12.62, address: 'Hjemme hos Karen Hansen, Amager Strandvej 100' },
    });
    next();
    await staff(ideas.answered, '/assign', { assignee: 'handler-birgitte' }, 'lead-lars');
    await staff(ideas.answered, '/diagnosis', {
      feasibility: 'partly-feasible',
      costBand: 'medium',
      recommendation: 'decline',
      notes: 'Internal note: difficult citizen, Karen Hansen 0102031234, budget line 7',
    });
    await staff(ideas.answered, '/questions', { question: 'Karen, Which stretch of the road? Ring gerne på 87654321' });
    await t.http
      .post(`/track/${ideas.answered.trackingToken}/replies`)
      .send({ answer: 'the north side – mvh Karen Hansen, privat@example.net, 23 45 67 89, cpr 311299-4321' })
      .expect(200);
    next();
    await staff(ideas.answered, '/answer', {
      decision: 'declined',
      publicAnswer:
        'Vi har ikke budget til det i 2026. Spørgsmål: skriv til vej-og-park@kk.example.dk eller ring 33 66 33 66. Oplys ikke CPR 150575-2468 i din henvendelse.',
    });

    ideas.implemented = await submit({
      title: 'Bænke ved søerne fra Jørgen Æblegård',
      description: 'Mvh Jørgen Æblegård, jørgen.æblegård@eksempel.dk, 0045 87654321, fax 3456 7890, CPR 3112994321. Flere bænke langs Sortedams Sø.',
      category: 'parks-nature',
      district: 'oesterbro',
      language: 'da',
      contact: { name: 'Jørgen Æblegård', email: 'jørgen.æblegård@eksempel.dk', phone: '0045 87654321' },
    });
    next();
    await staff(
      ideas.implemented,
      '/route',
      { department: 'KFF', reason: 'Routed because Jørgen Æblegård called dispatcher-dorte on 87654321' },
      'dispatcher-dorte',
    );
    await staff(ideas.implemented, '/assign', { assignee: 'handler-birgitte' });
    await staff(ideas.implemented, '/questions', { question: 'Hvilken ende af søen, Jørgen?' });
    await t.http.post(`/track/${ideas.implemented.trackingToken}/replies`).send({ answer: 'nordsiden, ring +46 70 123 45 67' }).expect(200);
    await staff(ideas.implemented, '/diagnosis', {
      feasibility: 'feasible',
      costBand: 'low',
      recommendation: 'accept',
      notes: 'Jørgen Æblegård is a neighbour of lead-lars',
    });
    await staff(ideas.implemented, '/answer', {
      decision: 'accepted',
      publicAnswer: 'Vi sætter fire bænke op. Leverandøren kan kontaktes på +44 20 7946 0958.',
    });
    await staff(ideas.implemented, '/implementation', { note: 'Bestilt hos mette@example.org (tlf. 23456789).', percentComplete: 40 });
    await staff(ideas.implemented, '/implementation/complete', {
      note: 'Opsat. Fejl meldes på 34567890 eller 1505752468 (ikke et CPR-nummer her, men maskeret alligevel).',
    });

    ideas.withdrawn = await submit({
      title: 'Varmestue – kontakt Mette Frederiksen-Nielsen',
      description: 'Ring til mig på 23 45 67 89 eller skriv til mette@example.org.',
      category: 'social',
      district: 'noerrebro',
      language: 'da',
      contact: { name: 'Mette Frederiksen-Nielsen', email: 'mette@example.org', phone: '23 45 67 89' },
    });
    next();
    await t.http.post(`/track/${ideas.withdrawn.trackingToken}/withdraw`).send({ reason: 'I moved to Aarhus, call me on 12345678' }).expect(200);

    ideas.duplicate = await submit({
      title: 'Også farlig skolevej (Karen Hansen)',
      description: 'Samme som min anden idé. karen.hansen+ideer@example.dk',
      category: 'other',
      district: 'amager-oest',
      language: 'da',
      contact: { name: 'Karen Hansen', email: 'karen.hansen+ideer@example.dk' },
    });
    await staff(ideas.duplicate, '/duplicate', { duplicateOf: ideas.answered.id });

    ideas.open = await submit({
      title: 'Legeplads',
      description: 'Ring +45 12345678 efter kl. 16 – eller send en sms til 12 34 56 78. CPR 010203 1234.',
      category: 'other',
      district: 'valby',
      language: 'da',
      contact: { phone: '+45 12345678' },
    });

    // Wait until the projection has taken in every idea's last event.
    const finalStatus: Record<keyof typeof ideas, string> = {
      answered: 'answered',
      implemented: 'implemented',
      withdrawn: 'withdrawn',
      duplicate: 'duplicate',
      open: 'received',
    };
    for (const [key, idea] of Object.entries(ideas) as [keyof typeof ideas, Submitted][]) {
      const response = await eventually(
        () => t.http.get(`/public/ideas/${idea.publicCode}`),
        (r) => r.status === 200 && r.body.status === finalStatus[key],
        10_000,
      );
      expect(response.body.status).toBe(finalStatus[key]);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every public read there is: the list plain, filtered, searched and paged, and each idea's page. */
  async function everyPublicResponse(): Promise<{ url: string; text: string }[]> {
    const urls = ['/public/ideas', '/public/ideas?limit=100'];
    for (const status of ['received', 'routed', 'diagnosed', 'answered', 'in_implementation', 'implemented', 'withdrawn', 'duplicate'])
      urls.push(`/public/ideas?status=${status}`);
    for (const district of ['amager-oest', 'oesterbro', 'noerrebro', 'valby']) urls.push(`/public/ideas?district=${district}`);
    for (const category of ['traffic', 'parks-nature', 'social', 'other']) urls.push(`/public/ideas?category=${category}`);
    for (const q of ['skolevej', 'bænke', 'ring', 'skriv', 'CPR', 'fjernet', ...ALL_SECRETS]) urls.push(`/public/ideas?q=${encodeURIComponent(q)}`);
    for (const idea of Object.values(ideas)) urls.push(`/public/ideas/${idea.publicCode}`);
    // The submit form's similar ideas: the same masked texts, searched by words and by the personal data itself.
    for (const text of ['skolevej', 'bænke søerne', 'ring skriv', 'CPR fjernet', ...ALL_SECRETS])
      urls.push(`/public/ideas/similar?text=${encodeURIComponent(text)}`);
    // Open311 GeoReport v2 reads the same public record, in JSON and XML.
    for (const format of ['json', 'xml']) {
      urls.push(`/open311/v2/requests.${format}`, `/open311/v2/requests.${format}?status=closed`);
      for (const idea of Object.values(ideas)) urls.push(`/open311/v2/requests/${idea.publicCode}.${format}`);
    }
    const responses: { url: string; text: string }[] = [];
    for (const url of urls) {
      const response = await t.http.get(url).expect(200);
      responses.push({ url, text: response.text });
    }
    // Paged one by one, following the cursors.
    let cursor: string | null = null;
    do {
      const response: { text: string; body: { nextCursor: string | null } } = await t.http
        .get('/public/ideas')
        .query(cursor ? { limit: 1, cursor } : { limit: 1 })
        .expect(200);
      responses.push({ url: `/public/ideas?limit=1&cursor=${cursor}`, text: response.text });
      cursor = response.body.nextCursor;
    } while (cursor);
    return responses;
  }

  it('returns none of the names, e-mail addresses, phone or CPR numbers, staff names or private case work', async () => {
    const responses = await everyPublicResponse();
    expect(responses.length).toBeGreaterThan(70);
    // In any letter case: "KAREN" or "karen.hansen" is as much a leak as "Karen".
    const leaks = responses.flatMap(({ url, text }) =>
      ALL_SECRETS.filter((secret) => text.toLowerCase().includes(secret.toLowerCase())).map((secret) => `${url}: ${secret}`),
    );
    expect(leaks).toEqual([]);
    // Nor the internal identifiers that unlock the citizen's or the staff's views.
    for (const { text } of responses) {
      for (const idea of Object.values(ideas)) {
        expect(text).not.toContain(idea.id);
        expect(text).not.toContain(idea.trackingToken);
      }
      for (const field of ['contact', 'assignee', 'notes', 'question', 'trackingTokenHash', 'location', 'reason', 'feasibility', 'costBand', 'recommendation'])
        expect(text).not.toContain(`"${field}"`);
    }
  });

  it('finds nothing when searching for the personal data', async () => {
    for (const secret of ALL_SECRETS) {
      const { body } = await t.http.get('/public/ideas').query({ q: secret }).expect(200);
      expect({ secret, found: body.items.map((item: { publicCode: string }) => item.publicCode) }).toEqual({ secret, found: [] });
    }
  });

  it('shows the masked placeholders where the personal data was, and keeps the rest of the text', async () => {
    const page = async (idea: Submitted) => (await t.http.get(`/public/ideas/${idea.publicCode}`).expect(200)).body;

    const answered = await page(ideas.answered);
    expect(answered.title).toBe(`${MASKED.name}: farlig skolevej, ring ${MASKED.phone}`);
    expect(answered.description).toBe(
      `Jeg hedder ${MASKED.name} (CPR ${MASKED.cpr}). Skriv til ${MASKED.email} eller ring ${MASKED.phone}. ${MASKED.name} datter går i skole på Amager Strandvej 100, 2300 København S.`,
    );
    expect(answered.publicAnswer).toBe(
      `Vi har ikke budget til det i 2026. Spørgsmål: skriv til ${MASKED.email} eller ring ${MASKED.phone}. Oplys ikke CPR ${MASKED.cpr} i din henvendelse.`,
    );
    expect(answered.timeline.map((entry: { step: string }) => entry.step)).toEqual(['received', 'routed', 'assessed', 'answered']);

    const implemented = await page(ideas.implemented);
    expect(implemented.title).toBe(`Bænke ved søerne fra ${MASKED.name}`);
    expect(implemented.description).toBe(
      `Mvh ${MASKED.name}, ${MASKED.email}, ${MASKED.phone}, fax ${MASKED.phone}, CPR ${MASKED.cpr}. Flere bænke langs Sortedams Sø.`,
    );
    expect(implemented.publicAnswer).toBe(`Vi sætter fire bænke op. Leverandøren kan kontaktes på ${MASKED.phone}.`);
    expect(implemented.timeline.slice(-2).map((entry: { text: string }) => entry.text)).toEqual([
      `Bestilt hos ${MASKED.email} (tlf. ${MASKED.phone}).`,
      `Opsat. Fejl meldes på ${MASKED.phone} eller ${MASKED.cpr} (ikke et CPR-nummer her, men maskeret alligevel).`,
    ]);

    const withdrawn = await page(ideas.withdrawn);
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      title: `Varmestue – kontakt ${MASKED.name}`,
      description: `Ring til mig på ${MASKED.phone} eller skriv til ${MASKED.email}.`,
    });

    const duplicate = await page(ideas.duplicate);
    expect(duplicate).toMatchObject({
      status: 'duplicate',
      duplicateOf: ideas.answered.publicCode,
      title: `Også farlig skolevej (${MASKED.name})`,
      description: `Samme som min anden idé. ${MASKED.email}`,
    });

    const open = await page(ideas.open);
    expect(open.description).toBe(`Ring ${MASKED.phone} efter kl. 16 – eller send en sms til ${MASKED.phone}. CPR ${MASKED.cpr}.`);

    // The list shows the same masked text.
    const { body } = await t.http.get('/public/ideas').query({ district: 'amager-oest' }).expect(200);
    expect(body.items.map((item: { title: string }) => item.title)).toEqual([
      `Også farlig skolevej (${MASKED.name})`,
      `${MASKED.name}: farlig skolevej, ring ${MASKED.phone}`,
    ]);
    expect(body.items[1].excerpt).toContain(`(CPR ${MASKED.cpr})`);
  });
});
