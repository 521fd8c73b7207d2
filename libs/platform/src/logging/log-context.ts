import { AsyncLocalStorage } from 'node:async_hooks';

/** What every line logged inside a unit of work carries: the correlation id of the request behind it, and which job this is. */
export interface LogContext {
  readonly correlationId?: string;
  readonly job?: string;
  readonly jobId?: string;
}

const context = new AsyncLocalStorage<LogContext>();

/** Runs `work` so that every line it logs, across every await, carries `fields`. */
export function runInLogContext<T>(fields: LogContext, work: () => T): T {
  return context.run(fields, work);
}

/** The fields of the unit of work in progress; empty outside one. */
export function currentLogContext(): LogContext {
  return context.getStore() ?? {};
}
