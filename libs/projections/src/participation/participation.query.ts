import type { ReportPeriod, ReportSql } from '../response-times/response-times.query';
import { type DistrictParticipation, participationFigures, OVER_REPRESENTED_AT, UNDER_REPRESENTED_AT } from './participation.figures';
import { PARTICIPANT_KINDS, type ParticipantKind } from './participation.sources';
import { PARTICIPATION } from './participation.table';

export interface ParticipationReport {
  from: string;
  to: string;
  timeZone: string;
  districts: DistrictParticipation[];
  /** Who took part without naming a district (supporters may leave it out): not in the shares. */
  notStated: Record<'submitters' | 'supporters' | 'signers', number>;
  overRepresented: string[];
  underRepresented: string[];
  thresholds: { over: number; under: number };
}

const COLUMN: Record<ParticipantKind, 'submitters' | 'supporters' | 'signers'> = { submitter: 'submitters', supporter: 'supporters', signer: 'signers' };

/** Submitters, supporters and signers per district in [from, to) (local dates), against each district's share of the residents. */
export async function participationReport(sql: ReportSql, params: ReportPeriod): Promise<ParticipationReport> {
  const [districts, counts] = await Promise.all([
    sql.query<{ code: string; name: string; residents: number | null }[]>('SELECT code, name, residents FROM districts ORDER BY code'),
    sql.query<{ district: string | null; kind: ParticipantKind; n: string }[]>(
      `SELECT district, kind, sum(delta) AS n FROM ${PARTICIPATION}
        WHERE at >= ($1::date::timestamp AT TIME ZONE $3::text) AND at < ($2::date::timestamp AT TIME ZONE $3::text)
        GROUP BY district, kind`,
      [params.from, params.to, params.timeZone],
    ),
  ]);
  const known = new Set(districts.map((d) => d.code));
  const countOf = (district: string, kind: ParticipantKind) => Number(counts.find((c) => c.district === district && c.kind === kind)?.n ?? 0);
  const figures = participationFigures(
    districts.map((d) => ({
      code: d.code,
      name: d.name,
      residents: d.residents,
      counts: Object.fromEntries(PARTICIPANT_KINDS.map((kind) => [kind, countOf(d.code, kind)])) as Record<ParticipantKind, number>,
    })),
  );
  const notStated = { submitters: 0, supporters: 0, signers: 0 };
  for (const c of counts) if (c.district === null || !known.has(c.district)) notStated[COLUMN[c.kind]] += Number(c.n);
  return {
    from: params.from,
    to: params.to,
    timeZone: params.timeZone,
    districts: figures,
    notStated,
    overRepresented: figures.filter((d) => d.representation === 'over').map((d) => d.code),
    underRepresented: figures.filter((d) => d.representation === 'under').map((d) => d.code),
    thresholds: { over: OVER_REPRESENTED_AT, under: UNDER_REPRESENTED_AT },
  };
}
