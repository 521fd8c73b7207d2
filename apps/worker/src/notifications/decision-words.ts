import type { Decision, Language } from '@civic/ideas';

/** The decision as a citizen would say it, to follow "Kort fortalt:" / "Kort sagt:" (sv, nb) / "In short:". */
const DECISION_WORDS: Readonly<Record<Language, Readonly<Record<Decision, string>>>> = {
  da: {
    accepted: 'vi gennemfører den',
    declined: 'vi gennemfører den ikke',
    'already-planned': 'det er allerede planlagt',
    'referred-to-council': 'den skal besluttes af kommunens politikere',
  },
  sv: {
    accepted: 'vi genomför den',
    declined: 'vi kommer inte att genomföra den',
    'already-planned': 'det är redan planerat',
    'referred-to-council': 'den ska beslutas av kommunens politiker',
  },
  nb: {
    accepted: 'vi gjennomfører den',
    declined: 'vi gjennomfører den ikke',
    'already-planned': 'det er allerede planlagt',
    'referred-to-council': 'den skal avgjøres av kommunens politikere',
  },
  en: {
    accepted: 'we will carry it out',
    declined: 'we will not carry it out',
    'already-planned': 'it is already planned',
    'referred-to-council': 'it goes to the municipal council to decide',
  },
};

export function decisionInWords(decision: Decision, language: Language): string {
  return DECISION_WORDS[language][decision];
}
