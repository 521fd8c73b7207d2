import type { Decision } from '../../libs/ideas/src/index';

// What citizens write and staff answer (Danish, some English), drawn from at random. An idea's text is composed
// in idea-texts.ts from the parts there; these are the rest.

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
