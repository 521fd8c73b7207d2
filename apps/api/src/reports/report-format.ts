import type { Request, Response } from 'express';
import { ProblemError } from '../http/problem';

export type ReportFormat = 'json' | 'csv';

/** JSON unless the client prefers CSV (Accept: text/csv); 406 when it accepts neither. */
export function reportFormat(request: Request): ReportFormat {
  const accepted = request.accepts(['application/json', 'text/csv']);
  if (accepted === false) {
    throw new ProblemError(406, 'not-acceptable', 'Not Acceptable', 'Reports come as application/json or text/csv.');
  }
  return accepted === 'text/csv' ? 'csv' : 'json';
}

/** The body to return: the report itself, or its CSV as a download named after the report and its period. */
export function renderReport<R extends { from: string; to: string }>(
  response: Response,
  format: ReportFormat,
  report: R,
  csv: { name: string; render: (report: R) => string },
): R | string {
  response.vary('Accept');
  if (format === 'json') return report;
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${csv.name}-${report.from}-${report.to}.csv"`);
  return csv.render(report);
}
