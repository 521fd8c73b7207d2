import { toCsv } from '../response-times/response-times.csv';
import type { SatisfactionReport } from './satisfaction.query';

/** One line per month and department, as the JSON's rows. */
export function satisfactionCsv(report: SatisfactionReport): string {
  return toCsv(
    ['month', 'department', 'asked', 'answered', 'average_rating', 'rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5'],
    report.rows.map((row) => [row.month, row.department, row.asked, row.answered, row.averageRating, ...row.ratings]),
  );
}
