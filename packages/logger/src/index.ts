import { type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger };

/**
 * The one logger of a service: JSON lines on stdout, the service name on
 * every line, authorization headers and personal data never written.
 */
export function createLogger(service: string, level: string, options: LoggerOptions = {}): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', '*.password', '*.idNumber'],
      censor: '[redacted]',
    },
    ...options,
  });
}
