import type { Decision, HideReason } from '@civic/ideas';

/**
 * What the public is told about where an idea stands. Assignment to a case
 * handler is internal, so an assigned idea reads as "routed" (being handled).
 */
export const PUBLIC_STATUSES = ['received', 'routed', 'diagnosed', 'answered', 'in_implementation', 'implemented', 'withdrawn', 'duplicate'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export interface PlainText {
  readonly da: string;
  readonly en: string;
}

export const STATUS_TEXT: Readonly<Record<PublicStatus, PlainText>> = {
  received: { da: 'Modtaget', en: 'Received' },
  routed: { da: 'Under behandling', en: 'Being handled' },
  diagnosed: { da: 'Under vurdering', en: 'Under assessment' },
  answered: { da: 'Besvaret', en: 'Answered' },
  in_implementation: { da: 'Under gennemførelse', en: 'Being implemented' },
  implemented: { da: 'Gennemført', en: 'Implemented' },
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
  duplicate: { da: 'Samlet med en anden idé', en: 'Merged with another idea' },
};

export const DECISION_TEXT: Readonly<Record<Decision, PlainText>> = {
  accepted: { da: 'Idéen bliver gennemført', en: 'The idea will be carried out' },
  declined: { da: 'Idéen bliver ikke gennemført', en: 'The idea will not be carried out' },
  'already-planned': { da: 'Det er allerede planlagt', en: 'This is already planned' },
  'referred-to-council': { da: 'Sendt videre til politisk behandling', en: 'Referred to the city council' },
};

/** The steps of the public timeline: facts the public may know, never case work between staff and citizen. */
export const TIMELINE_STEPS = ['received', 'routed', 'assessed', 'answered', 'implementation_progress', 'implemented', 'withdrawn', 'merged'] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

export const STEP_TEXT: Readonly<Record<TimelineStep, PlainText>> = {
  received: { da: 'Idéen er modtaget', en: 'The idea was received' },
  routed: { da: 'Sendt til', en: 'Sent to' },
  assessed: { da: 'Idéen er blevet vurderet', en: 'The idea has been assessed' },
  answered: { da: 'Idéen er besvaret', en: 'The idea was answered' },
  implementation_progress: { da: 'Nyt om gennemførelsen', en: 'Implementation update' },
  implemented: { da: 'Idéen er gennemført', en: 'The idea has been carried out' },
  withdrawn: { da: 'Idéen er trukket tilbage', en: 'The idea was withdrawn' },
  merged: { da: 'Samlet med en anden idé om samme emne', en: 'Merged with another idea on the same subject' },
};

/** Why staff hid an idea's text, as the public is told it. */
export const HIDE_REASON_TEXT: Readonly<Record<HideReason, PlainText>> = {
  'personal-data': { da: 'den indeholdt personoplysninger', en: 'it contained personal data' },
  offensive: { da: 'den var krænkende', en: 'it was offensive' },
  spam: { da: 'den var spam', en: 'it was spam' },
  unlawful: { da: 'den var ulovlig', en: 'it was unlawful' },
};

/** The neutral sentence shown instead of a hidden title and description. */
export function hiddenTextNotice(reason: HideReason): PlainText {
  const why = HIDE_REASON_TEXT[reason] ?? { da: reason, en: reason };
  return { da: `Teksten er skjult af kommunen, fordi ${why.da}.`, en: `This text was hidden by the municipality because ${why.en}.` };
}
