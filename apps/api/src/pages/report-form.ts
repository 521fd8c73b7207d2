import { MODERATION_NOTE_MAX, REPORT_REASONS } from '@civic/ideas';

export type ReportFormErrors = Partial<Record<'reason' | 'note', string>>;

/** What the idea page's report form shows: the reasons, what was typed, and the errors. */
export function reportForm(values: { reason?: string; note?: string }, errors: ReportFormErrors, csrf: string) {
  return {
    csrf,
    values,
    errors,
    noteMax: MODERATION_NOTE_MAX,
    hasErrors: Object.keys(errors).length > 0,
    errorList: Object.entries(errors).map(([field, kind]) => ({ field, kind })),
    reasons: REPORT_REASONS.map((code) => ({ code, selected: code === values.reason })),
  };
}
