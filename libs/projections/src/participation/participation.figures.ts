import { PARTICIPANT_KINDS, type ParticipantKind } from './participation.sources';

/** A district is over-represented when its share of participants is at least this many times its share of residents… */
export const OVER_REPRESENTED_AT = 1.25;
/** …and under-represented at or below this. */
export const UNDER_REPRESENTED_AT = 0.8;

export type Representation = 'over' | 'under' | 'fair' | 'unknown';

export interface DistrictCounts {
  readonly code: string;
  readonly name: string;
  readonly residents: number | null;
  readonly counts: Readonly<Record<ParticipantKind, number>>;
}

export interface DistrictParticipation {
  code: string;
  name: string;
  residents: number | null;
  /** This district's residents over all residents with a figure, 0–1 (4 decimals). */
  residentShare: number | null;
  submitters: number;
  supporters: number;
  signers: number;
  participants: number;
  /** This district's participants over all participants who named a district, 0–1 (4 decimals). */
  participantShare: number;
  /** participantShare / residentShare (2 decimals): 1 is exactly its share; null without residents or participants. */
  index: number | null;
  representation: Representation;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Shares and representation per district: pure, so a hand-worked example is a unit test. */
export function participationFigures(districts: readonly DistrictCounts[]): DistrictParticipation[] {
  const totalResidents = districts.reduce((sum, d) => sum + (d.residents ?? 0), 0);
  const totalOf = (d: DistrictCounts) => PARTICIPANT_KINDS.reduce((sum, kind) => sum + d.counts[kind], 0);
  const totalParticipants = districts.reduce((sum, d) => sum + totalOf(d), 0);
  return districts.map((d) => {
    const participants = totalOf(d);
    const residentShare = d.residents !== null && totalResidents > 0 ? d.residents / totalResidents : null;
    const participantShare = totalParticipants > 0 ? participants / totalParticipants : 0;
    const index = residentShare !== null && residentShare > 0 && totalParticipants > 0 ? participantShare / residentShare : null;
    const representation: Representation =
      index === null ? 'unknown' : round(index, 2) >= OVER_REPRESENTED_AT ? 'over' : round(index, 2) <= UNDER_REPRESENTED_AT ? 'under' : 'fair';
    return {
      code: d.code,
      name: d.name,
      residents: d.residents,
      residentShare: residentShare === null ? null : round(residentShare, 4),
      submitters: d.counts.submitter,
      supporters: d.counts.supporter,
      signers: d.counts.signer,
      participants,
      participantShare: round(participantShare, 4),
      index: index === null ? null : round(index, 2),
      representation,
    };
  });
}
