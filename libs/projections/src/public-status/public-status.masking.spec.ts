import { findNameSpans, MASKS, maskPersonalData } from './public-status.masking';

const { email: EMAIL, phone: PHONE, cpr: CPR, name: NAME } = MASKS;

describe('maskPersonalData', () => {
  describe('e-mail addresses', () => {
    it.each([
      ['Skriv til karen@example.dk hvis I har spørgsmål', `Skriv til ${EMAIL} hvis I har spørgsmål`],
      ['karen.hansen@kk.example.dk', EMAIL],
      ['subaddress: karen+ideer@example.dk.', `subaddress: ${EMAIL}.`],
      ['tags and specials: k.h_99%x-y+z=1@mail-server.example.co.uk', `tags and specials: ${EMAIL}`],
      ['unicode local part: jørgen.æblegård@example.dk', `unicode local part: ${EMAIL}`],
      ['Greek: δοκιμή@παράδειγμα.δοκιμή', `Greek: ${EMAIL}`],
      ['Chinese: 用户@例子.广告', `Chinese: ${EMAIL}`],
      ['IDN domain: info@blåbær-skolen.dk', `IDN domain: ${EMAIL}`],
      ['(mailto:karen@example.dk)', `(mailto:${EMAIL})`],
      ['<KAREN@EXAMPLE.DK>, anna@example.se; bo@example.no', `<${EMAIL}>, ${EMAIL}; ${EMAIL}`],
    ])('masks %s', (text, expected) => {
      expect(maskPersonalData(text)).toBe(expected);
    });

    it('masks the whole address, digits included, before any number rule sees it', () => {
      expect(maskPersonalData('karen12345678@example.dk')).toBe(EMAIL);
      expect(maskPersonalData('0102031234@example.dk')).toBe(EMAIL);
    });

    it('leaves an @ that is not an address alone', () => {
      expect(maskPersonalData('Mød os @ biblioteket kl. 10 og følg @kkbib')).toBe('Mød os @ biblioteket kl. 10 og følg @kkbib');
    });
  });

  describe('Danish phone numbers', () => {
    it.each([
      ['Ring på +45 12 34 56 78', `Ring på ${PHONE}`],
      ['+4512345678', PHONE],
      ['+45 1234 5678', PHONE],
      ['+45-12-34-56-78', PHONE],
      ['(+45) 12 34 56 78', PHONE],
      ['0045 12345678', PHONE],
      ['0045 12 34 56 78', PHONE],
      ['tlf. 12 34 56 78', `tlf. ${PHONE}`],
      ['tlf: 12345678', `tlf: ${PHONE}`],
      ['tlf.12345678', `tlf.${PHONE}`],
      ['mobil 1234 5678 efter kl. 16', `mobil ${PHONE} efter kl. 16`],
      ['12.34.56.78', PHONE],
      ['12-34-56-78', PHONE],
      ['(12 34 56 78)', `(${PHONE})`],
      ['ring 12345678, eller skriv', `ring ${PHONE}, eller skriv`],
    ])('masks %s', (text, expected) => {
      expect(maskPersonalData(text)).toBe(expected);
    });
  });

  describe('international phone numbers', () => {
    it.each([
      ['London: +44 20 7946 0958', `London: ${PHONE}`],
      ['Stockholm +46 8 123 456 78', `Stockholm ${PHONE}`],
      ['Sverige 0046 70 123 45 67', `Sverige ${PHONE}`],
      ['Oslo +47 22 33 44 55', `Oslo ${PHONE}`],
      ['US +1 (555) 123-4567 office', `US ${PHONE} office`],
      ['Berlin +49 30 12345678.', `Berlin ${PHONE}.`],
      ['(ring +46 70 123 45 67)', `(ring ${PHONE})`],
    ])('masks %s', (text, expected) => {
      expect(maskPersonalData(text)).toBe(expected);
    });

    it('masks a number that runs straight into a date without swallowing more than a phone number can hold', () => {
      const masked = maskPersonalData('+45 12345678 24-11-2026');
      expect(masked.startsWith(PHONE)).toBe(true);
      expect(masked).not.toMatch(/12345678/);
    });

    it('leaves a short +number alone', () => {
      expect(maskPersonalData('Temperaturen var +12 grader og +3 i nat')).toBe('Temperaturen var +12 grader og +3 i nat');
    });
  });

  describe('CPR numbers', () => {
    it.each([
      ['CPR 010203-1234', `CPR ${CPR}`],
      ['cpr: 0102031234', `cpr: ${CPR}`],
      ['mit cpr-nr er 311299-4321.', `mit cpr-nr er ${CPR}.`],
      ['with a space: 010203 1234', `with a space: ${CPR}`],
      ['substitute number (day + 60): 610203-1234', `substitute number (day + 60): ${CPR}`],
      ['CPR0102031234', `CPR${CPR}`],
    ])('masks %s', (text, expected) => {
      expect(maskPersonalData(text)).toBe(expected);
    });

    it('does not take ten digits that are no date for a CPR number', () => {
      // Day 45 and month 13 do not exist: not a CPR number (and ten digits are no Danish phone number either).
      expect(maskPersonalData('sag 4513001234')).toBe('sag 4513001234');
    });
  });

  describe('ordinary numbers stay', () => {
    it.each([
      'Vi håber på at få det bygget i 2026.',
      'Det koster ca. 2.500 kr om året.',
      'Budgettet er 250.000 kr, dvs. 1.500.000 kr over seks år.',
      'Et beløb på 12345678 kr er urealistisk.',
      'Et beløb på 12 34 56 78 DKK er også urealistisk.',
      'Amager Strandvej 100, 2300 København S',
      'Postnummer 2450 København SV og 1550 København V',
      'Mødet er 24-11-2026 kl. 17.00.',
      'Datoen er 2026-11-24 og 24.11.2026.',
      'I perioden 2020-2026 og 2027–2030 faldt antallet.',
      'Linje 5C og 150S kører hvert 7. minut.',
      'Beløbet er 1.234.567,89 kr.',
      'Idéen K-2026-000123 handler om det samme.',
      'Vi taler om 3 bænke, 12 træer og 400 meter cykelsti.',
      'Koordinater 55.6761, 12.5683',
      'Kl. 10-12 og 14-16',
    ])('keeps: %s', (text) => {
      expect(maskPersonalData(text)).toBe(text);
    });
  });

  describe('names the caller knows', () => {
    it('masks the full name in any case and its parts as written or capitalised', () => {
      const text = 'Hej, jeg hedder Karen Hansen (KAREN HANSEN). Karen bor i Brønshøj, og Hansens have er stor.';
      expect(maskPersonalData(text, { names: ['Karen Hansen'] })).toBe(`Hej, jeg hedder ${NAME} (${NAME}). ${NAME} bor i Brønshøj, og ${NAME} have er stor.`);
    });

    it('does not eat a lower-case word that happens to be a name part, nor a part inside another word', () => {
      const text = 'Mark Sol foreslår en sti over marken, sol på bænkene og en ny Marksti.';
      expect(maskPersonalData(text, { names: ['Mark Sol'] })).toBe(`${NAME} foreslår en sti over marken, sol på bænkene og en ny Marksti.`);
    });

    it('ignores very short parts and empty names', () => {
      expect(maskPersonalData('Bo Ib og bo her', { names: ['Bo Ib', '', null, undefined] })).toBe(`${NAME} og bo her`);
    });

    it('masks a very short name only as written', () => {
      expect(maskPersonalData('Bo vil gerne bo i Valby. BO', { names: ['Bo'] })).toBe(`${NAME} vil gerne bo i Valby. BO`);
    });

    it('treats names with regex characters as plain text', () => {
      expect(maskPersonalData('Tak til J. (Jens) Ørsted', { names: ['J. (Jens) Ørsted'] })).toBe(`Tak til ${NAME}`);
    });
  });

  it('masks everything in one text and leaves the rest word for word', () => {
    const text =
      'Jeg (Karen Hansen, karen.hansen+kk@example.dk, +45 12 34 56 78, CPR 010203-1234) foreslår en cykelsti i 2026 til 2.500 kr pr. meter ved Amager Strandvej 100, 2300 København S. Ring 87654321.';
    expect(maskPersonalData(text, { names: ['Karen Hansen'] })).toBe(
      `Jeg (${NAME}, ${EMAIL}, ${PHONE}, CPR ${CPR}) foreslår en cykelsti i 2026 til 2.500 kr pr. meter ved Amager Strandvej 100, 2300 København S. Ring ${PHONE}.`,
    );
  });

  it('is idempotent: masking masked text changes nothing', () => {
    const once = maskPersonalData('karen@example.dk 12345678 0102031234 Karen Hansen', { names: ['Karen Hansen'] });
    expect(maskPersonalData(once, { names: ['Karen Hansen'] })).toBe(once);
  });

  describe('names found at submission (the event keeps the spans, not the name)', () => {
    it.each([
      ['Hej, jeg hedder Karen Hansen (KAREN HANSEN). Karen bor i Brønshøj, og Hansens have er stor.', ['Karen Hansen']],
      ['Mark Sol foreslår en sti over marken, sol på bænkene og en ny Marksti.', ['Mark Sol']],
      ['Bo vil gerne bo i Valby. BO', ['Bo']],
      ['Tak til J. (Jens) Ørsted', ['J. (Jens) Ørsted']],
      ['Jeg (Karen Hansen, karen.hansen+kk@example.dk, +45 12 34 56 78, CPR 010203-1234) foreslår en cykelsti. Ring 87654321.', ['Karen Hansen']],
      ['Skriv til Karen.Hansen@example.dk, spørg efter Karen', ['Karen Hansen']],
      ['Ingen navne her', ['Karen Hansen']],
    ])('masks as the name itself would: %s', (text, names) => {
      expect(maskPersonalData(text, { nameSpans: findNameSpans(text, names) })).toBe(maskPersonalData(text, { names }));
    });

    it('gives ordered character spans and nothing for no name', () => {
      expect(findNameSpans('Karen og Hansen', ['Karen Hansen'])).toEqual([
        [0, 5],
        [9, 15],
      ]);
      expect(findNameSpans('Karen Hansen', [undefined])).toEqual([]);
    });

    it('leaves a name inside an e-mail address to the e-mail mask', () => {
      expect(findNameSpans('Karen.Hansen@example.dk', ['Karen Hansen'])).toEqual([]);
      expect(maskPersonalData('Karen.Hansen@example.dk', { nameSpans: [] })).toBe(EMAIL);
    });

    it('ignores spans that do not fit the text', () => {
      expect(maskPersonalData('Karen', { nameSpans: [[0, 50]] })).toBe('Karen');
    });
  });
});

describe('findNameSpans with the names changing from call to call', () => {
  it('finds each call’s own names, whichever names the call before it had', () => {
    const text = 'Anna Holm og Bo Berg vil have en bænk';
    for (let round = 0; round < 2; round++) {
      expect(findNameSpans(text, ['Anna Holm'])).toEqual([[0, 9]]);
      expect(findNameSpans(text, ['Bo Berg'])).toEqual([[13, 20]]);
      expect(findNameSpans(text, ['Carl Nielsen'])).toEqual([]);
      expect(maskPersonalData(text, { names: ['Bo Berg'] })).toBe(`Anna Holm og ${MASKS.name} vil have en bænk`);
      expect(findNameSpans('Anna skriver', ['Anna Holm'])).toEqual([[0, 4]]);
    }
  });
});
