import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Message text from young people is never logged at info level:
 * log ids, steps and counts, and keep any text for debug level after redaction.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'perspectiefbot' } });
}
