import type { Decision } from '../../libs/ideas/src/index';

// What citizens write and staff answer (Danish, some English), drawn from at random.

export const TITLES: Record<string, readonly (readonly [string, string])[]> = {
  traffic: [
    ['Sikker cykelsti til skolen', 'Børnene cykler til skole på en smal vej med mange lastbiler om morgenen.'],
    ['Lavere hastighed på boligvejen', 'Bilerne kører alt for stærkt forbi legepladsen. Sæt farten ned til 30 km/t.'],
    ['Flere cykelparkeringer ved stationen', 'Cyklerne står overalt på fortovet, fordi der ikke er stativer nok.'],
    ['Fodgængerfelt ved plejehjemmet', 'De ældre har svært ved at krydse vejen sikkert.'],
  ],
  roads: [
    ['Huller i fortovet', 'Fortovet er så ujævnt, at man snubler med barnevogn og rollator.'],
    ['Bedre gadebelysning', 'Stien er helt mørk om vinteren, og mange føler sig utrygge.'],
    ['Snerydning på cykelstien', 'Cykelstien bliver ryddet for sent om morgenen.'],
  ],
  'parks-nature': [
    ['Flere bænke ved søerne', 'Ældre har brug for at hvile sig på turen rundt om søerne.'],
    ['Vilde blomster i parken', 'Lad græsset gro i et hjørne af parken, så bierne får mad.'],
    ['Hundeskov i bydelen', 'Der mangler et indhegnet område, hvor hunde kan løbe frit.'],
  ],
  'environment-climate': [
    ['Mål partikelforurening fra lastbiler', 'Luftforurening fra lastbiler ved byggepladsen bør måles og offentliggøres.'],
    ['Flere skraldespande til sortering', 'Vi vil gerne sortere plast og metal i gården, men der er ingen spande.'],
    ['Regnvandsbede på vejen', 'Vejen oversvømmes ved skybrud; regnvandsbede kunne tage vandet.'],
  ],
  'schools-childcare': [
    ['Længere åbningstid i vuggestuen', 'Forældre med skiftende arbejdstider har brug for åbent til kl. 18.'],
    ['Skolegården som legeplads om aftenen', 'Skolegården står tom efter kl. 16; åbn den for børnene i kvarteret.'],
  ],
  'health-elderly': [
    ['Motionshold for ældre i parken', 'Gratis motion udendørs for seniorer om formiddagen.'],
    ['Besøgsvenner på plejehjemmet', 'Mange beboere får aldrig besøg; frivillige kunne hjælpe.'],
  ],
  'culture-leisure': [
    ['Længere åbningstid på biblioteket', 'Biblioteket lukker for tidligt til studerende, der vil læse om aftenen.'],
    ['Udendørs koncerter om sommeren', 'Små gratis koncerter i parken ville samle kvarteret.'],
  ],
  sports: [
    ['Kunstgræsbane med lys', 'Klubben har ventelister, fordi banen ikke kan bruges om vinteren.'],
    ['Udendørs fitness ved havnen', 'Et par træningsredskaber ved havnen ville blive brugt hver dag.'],
  ],
  social: [
    ['Varmestue om vinteren', 'Et sted at være om natten for hjemløse, når det fryser.'],
    ['Fællesspisning for ensomme', 'Et ugentligt fællesmåltid i beboerhuset mod ensomhed.'],
  ],
  employment: [
    ['Sprogcafé for nye borgere', 'Uformel dansk samtale med frivillige hjælper til arbejde.'],
    ['Praktikpladser i kommunen', 'Kommunen kan selv tilbyde flere praktikpladser til unge.'],
  ],
  'city-development': [
    ['Midlertidige boder på den tomme grund', 'Den tomme grund kunne bruges til marked, indtil den bebygges.'],
    ['Borgerbudget for bydelen', 'Lad borgerne stemme om en del af bydelens budget.'],
  ],
  'digital-services': [
    ['Book tid til pas online', 'Det burde være muligt at se ledige tider og booke uden at ringe.'],
    ['Status på min sag i appen', 'Jeg vil gerne kunne se, hvor langt min sag er, uden at ringe.'],
  ],
  other: [
    ['Offentlige toiletter ved legepladsen', 'Familier må gå hjem, fordi der ikke er et toilet i nærheden.'],
    ['Drikkevandsposter i byen', 'Gratis drikkevand om sommeren ville mindske plastflasker.'],
    ['Bedre skiltning til genbrugsstationen', 'Det er svært at finde vej, og mange kører forkert.'],
  ],
};
export const ENGLISH_TITLES: readonly (readonly [string, string])[] = [
  ['Safer bike lane along the harbour', 'Cycling along the harbour at rush hour feels dangerous; please separate cyclists from cars.'],
  ['More benches in the park', 'Older residents need places to rest on their walk.'],
  ['Longer library opening hours', 'The library closes too early for students who work during the day.'],
];
export const DETAILS = [
  '',
  ' Jeg har boet her i tyve år og ser problemet hver dag.',
  ' Mange naboer er enige; vi har talt om det i gården.',
  ' Det drejer sig især om hverdage mellem kl. 7 og 9.',
  ' Jeg hjælper gerne, hvis I vil høre mere.',
  ' Se også det lignende forslag fra sidste år.',
  ' Det ville gøre en stor forskel for børnefamilierne.',
];
export const FIRST_NAMES = [
  'Karen',
  'Mette',
  'Anne',
  'Hanne',
  'Susanne',
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Sofie',
  'Emma',
  'Noah',
  'Ali',
  'Fatima',
  'Mads',
];
export const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Ahmed'];
export const STREETS = ['Søborg Hovedgade', 'Amagerbrogade', 'Nørrebrogade', 'Valby Langgade', 'Østerbrogade', 'Istedgade', 'Frederikssundsvej', 'Tagensvej'];
export const QUESTIONS = [
  'Hvilken side af vejen tænker du på?',
  'Hvornår på dagen oplever du problemet?',
  'Kan du sende et billede af stedet?',
  'Har du talt med skolebestyrelsen om det?',
];
export const REPLIES = [
  'Den nordlige side, ved busstoppestedet.',
  'Mest om morgenen mellem 7 og 9.',
  'Ja, jeg har sendt billeder til jer på mail.',
  'Ja, de støtter forslaget.',
];
export const PUBLIC_ANSWERS: Record<Decision, readonly string[]> = {
  accepted: ['Tak for idéen! Vi gennemfører den og skriver, når arbejdet går i gang.', 'Godt forslag. Vi har fundet penge til det i årets budget.'],
  declined: [
    'Tak for idéen. Vi kan desværre ikke gennemføre den, fordi det koster mere, end budgettet tillader.',
    'Tak. Vi har undersøgt det, men stedet er ikke egnet.',
  ],
  'already-planned': ['Tak! Det er allerede en del af planen for næste år.', 'Det er vi allerede i gang med; se lokalplanen.'],
  'referred-to-council': ['Idéen kræver en politisk beslutning; vi har sendt den videre til udvalget.'],
};
