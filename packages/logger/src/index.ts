import { isMainThread } from 'node:worker_threads';
import { trace } from '@opentelemetry/api';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger };

let sharedDestination: DestinationStream | undefined;

/**
 * Where loggers made from now on write instead of stdout (a test reading
 * the lines it caused); `undefined` restores stdout.
 */
export function setLogDestination(destination: DestinationStream | undefined): void {
  sharedDestination = destination;
}

/** the trace and span of the line's moment, when the request is being traced */
function traceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const spanContext = span.spanContext();
  if (!trace.isSpanContextValid(spanContext) || (spanContext.traceFlags & 1) === 0) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}

/**
 * The one logger of a service: JSON lines on stdout, the service name on
 * every line, the trace id on every line written while a traced request
 * runs, authorization headers and personal data never written. In a worker
 * thread (`pnpm start` runs its services so) the lines go to the thread's own
 * stdout, which its launcher reads and labels, rather than straight to the
 * process's file descriptor 1.
 */
export function createLogger(service: string, level: string, options: LoggerOptions = {}): Logger {
  const settings: LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', '*.password', '*.idNumber'],
      censor: '[redacted]',
    },
    mixin: traceFields,
    ...options,
  };
  if (sharedDestination) return pino(settings, sharedDestination);
  return isMainThread ? pino(settings) : pino(settings, process.stdout);
}
