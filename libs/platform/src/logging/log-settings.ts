import { ConfigError } from '../config/app-config';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

export interface LogSettings {
  readonly level: LogLevelName;
  /** JSON lines for machines; readable, coloured lines for a person at a terminal. */
  readonly format: LogFormat;
}

/** LOG_LEVEL (default info) and LOG_FORMAT (default: pretty on a terminal, JSON otherwise). */
export function logSettingsFrom(env: NodeJS.ProcessEnv, isTerminal: boolean): LogSettings {
  const level = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevelName;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  const format = env.LOG_FORMAT?.trim().toLowerCase() || (isTerminal ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') throw new ConfigError(`LOG_FORMAT must be json or pretty (got "${env.LOG_FORMAT}")`);
  return { level, format };
}
