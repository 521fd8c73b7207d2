import { toCsv } from '../response-times/response-times.csv';
import type { ParticipationReport } from './participation.query';

export function participationCsv(report: ParticipationReport): string {
  return toCsv(
    ['district', 'name', 'residents', 'resident_share', 'submitters', 'supporters', 'signers', 'participants', 'participant_share', 'index', 'representation'],
    report.districts.map((d) => [
      d.code,
      d.name,
      d.residents,
      d.residentShare,
      d.submitters,
      d.supporters,
      d.signers,
      d.participants,
      d.participantShare,
      d.index,
      d.representation,
    ]),
  );
}
