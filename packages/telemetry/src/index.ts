export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
export { ServiceMetrics } from './metrics';
export {
  injectTraceContext,
  inSpan,
  type Span,
  SpanKind,
  startTracing,
  traceIds,
  tracingEnabled,
  withServerSpan,
} from './tracing';
