import { createHash } from 'node:crypto';
import type { Language } from '@civic/ideas';
import { uuidText } from '../ideas/uuid-text';

/**
 * The idea a round's funded proposal becomes: a name-based (version 5 layout)
 * UUID of the round and the proposal, so the job that creates it, run twice,
 * writes to the same stream (and the second submission is refused), and the
 * round's page finds it without the round recording anything.
 */
export function winnerIdeaId(roundId: string, proposalId: string): string {
  const bytes = createHash('sha1').update(`budget-winner:${roundId}.${proposalId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return uuidText(bytes);
}

/**
 * The idea a proposal is carried on as: its own idea when it was sent in as one (the same idea goes on), otherwise the
 * winner's idea made for it (winnerIdeaId).
 */
export function ideaOfProposal(roundId: string, proposal: { id: string; ideaId: string | null }): string {
  return proposal.ideaId ?? winnerIdeaId(roundId, proposal.id);
}

/** Who records ideas as proposals and carries the winners on as ideas (the events' actor). */
export const BUDGET_WINNERS_ACTOR = 'system:budgets';

/** Proposals have no category: their ideas are filed under this one (the demo data's "other"). */
export const WINNER_IDEA_CATEGORY = 'other';

/** A municipality-wide round's winners have no district of their own. */
export const MUNICIPALITY_WIDE_DISTRICT = 'municipality';

const FUNDED_ANSWER: Record<Language, (title: string) => string> = {
  da: (title) => `Finansieret af borgerbudgettet "${title}". Projektet gennemføres nu; her kan du følge fremdriften.`,
  sv: (title) => `Finansierat av medborgarbudgeten "${title}". Projektet genomförs nu; här kan du följa hur det går.`,
  nb: (title) => `Finansiert av innbyggerbudsjettet "${title}". Prosjektet gjennomføres nå; her kan du følge framdriften.`,
  en: (title) => `Funded by the participatory budget "${title}". The project is now being carried out; follow its progress here.`,
};

/** The public answer that accepts a winner's idea. */
export function fundedAnswer(language: Language, roundTitle: string): string {
  return FUNDED_ANSWER[language](roundTitle);
}
