import {
  type Attributes,
  context,
  INVALID_SPAN_CONTEXT,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';

export { context, type Span, SpanKind, SpanStatusCode, trace };

const TRACER = 'ipc-hub';

export interface TracingOptions {
  /** the service's name, `service.name` of its spans */
  service: string;
  /** the process environment: OTEL_EXPORTER_OTLP_ENDPOINT turns export on */
  env?: Record<string, string | undefined>;
  /** a test's in-memory exporter, instead of OTLP */
  exporter?: SpanExporter;
}

let provider: NodeTracerProvider | null = null;

/** what the helpers hand their work when nothing is traced: every call on it does nothing */
const UNTRACED: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Turns tracing on for this process when there is somewhere to send the
 * spans: OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads
 * the standard OTEL_EXPORTER_OTLP_* variables itself), or the exporter a test
 * passes. Otherwise nothing is registered, the OpenTelemetry API stays a
 * no-op and no span is made or sent. Registering sets the W3C trace-context
 * propagator and the AsyncLocalStorage context manager for the process.
 * Returns the function that flushes and stops it.
 */
export function startTracing(options: TracingOptions): () => Promise<void> {
  const env = options.env ?? process.env;
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!options.exporter && !endpoint) return async () => {};
  if (provider) return async () => {};
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter());
  const started = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? options.service }),
    spanProcessors: [processor],
  });
  started.register();
  provider = started;
  return async () => {
    if (provider !== started) return;
    provider = null;
    await started.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  };
}

/** whether spans are being recorded in this process */
export function tracingEnabled(): boolean {
  return provider !== null;
}

/**
 * Runs `work` in a server span continuing the caller's trace (its W3C
 * `traceparent` header), or a new trace when there is none. `hub.service`
 * names the service the span belongs to (several run in one test process).
 */
export function withServerSpan<T>(
  service: string,
  name: string,
  headers: Record<string, string | string[] | undefined>,
  work: (span: Span) => T,
): T {
  if (!provider) return work(UNTRACED);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = trace
    .getTracer(TRACER)
    .startSpan(name, { kind: SpanKind.SERVER, attributes: { 'hub.service': service } }, parent);
  return context.with(trace.setSpan(parent, span), () => work(span));
}

/**
 * Runs `work` in a span that is a child of the current one (a subgraph
 * call, an SQL statement), ending it when `work` settles; a failure marks
 * it as an error (its message is not recorded: a driver's carries SQL
 * parameters).
 */
export async function inSpan<T>(
  name: string,
  kind: SpanKind,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!provider) return work(UNTRACED);
  const span = trace.getTracer(TRACER).startSpan(name, { kind, attributes });
  try {
    return await context.with(trace.setSpan(context.active(), span), () => work(span));
  } catch (error) {
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: (error as { name?: string }).name ?? 'Error',
    });
    throw error;
  } finally {
    span.end();
  }
}

/** adds the current trace's `traceparent` (and `tracestate`) to outgoing headers */
export function injectTraceContext(headers: Record<string, string>): Record<string, string> {
  if (!provider) return headers;
  propagation.inject(context.active(), headers);
  return headers;
}

/** the current trace and span ids, for a log line; empty when nothing is traced */
export function traceIds(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  if (!trace.isSpanContextValid(span.spanContext()) || (traceFlags & 1) === 0) return {};
  return { traceId, spanId };
}
