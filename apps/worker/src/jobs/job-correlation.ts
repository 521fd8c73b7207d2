/**
 * A job's data carries, beside its own fields, the correlation id of the
 * event (and so of the request) that caused it, so that every line the job
 * logs can be found with the request's lines.
 */
export function withCorrelationId<Data extends object>(data: Data, correlationId: string | undefined): Data {
  return correlationId ? { ...data, correlationId } : data;
}

/** The correlation id a job's data carries; absent for a job nothing caused (the retention schedule). */
export function correlationIdOf(data: unknown): string | undefined {
  const value = (data as { correlationId?: unknown } | null)?.correlationId;
  return typeof value === 'string' ? value : undefined;
}
