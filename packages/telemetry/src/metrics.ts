import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a fast cached answer to the gateway's longest subgraph timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Operation names come from clients: only this many distinct ones get their own series. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * One service's Prometheus metrics, in a registry of its own (tests run the
 * gateway and every subgraph in one process; each must answer /metrics with
 * its own series only). Every series carries `service`.
 *
 * What each service records: GraphQL requests, errors by code and latency by
 * operation. What only some do: the gateway records its subgraph calls,
 * circuit breakers, rate-limit and trusted-document refusals; a subgraph
 * with a database its connection pool; the environment subgraph its
 * readings' ingestion.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests: Counter<'operation'>;
  readonly errors: Counter<'operation' | 'code'>;
  readonly requestDuration: Histogram<'operation'>;
  readonly subgraphRequests: Counter<'subgraph' | 'outcome'>;
  readonly subgraphDuration: Histogram<'subgraph' | 'outcome'>;
  readonly rateLimitRefusals: Counter<'limiter'>;
  readonly documentRefusals: Counter<'reason'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'hub_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name',
      labelNames: ['operation'],
      registers,
    });
    this.errors = new Counter({
      name: 'hub_graphql_errors_total',
      help: 'GraphQL errors in answers, by operation name and error code',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'hub_graphql_request_duration_seconds',
      help: 'Time from the start of a GraphQL request to its answer, by operation name',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.subgraphRequests = new Counter({
      name: 'hub_subgraph_requests_total',
      help: "The gateway's calls to each subgraph, by outcome (ok, error, unavailable, circuit_open)",
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    this.subgraphDuration = new Histogram({
      name: 'hub_subgraph_request_duration_seconds',
      help: "Duration of the gateway's calls to each subgraph, by outcome",
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.rateLimitRefusals = new Counter({
      name: 'hub_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limiter (caller, address)',
      labelNames: ['limiter'],
      registers,
    });
    this.documentRefusals = new Counter({
      name: 'hub_trusted_document_refusals_total',
      help: 'Operations refused because they are not registered trusted documents',
      labelNames: ['reason'],
      registers,
    });
  }

  /** the label for an operation name: bounded in shape and in number */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }

  /** the connection pool of the service's database, read at each scrape */
  watchPool(read: () => { total: number; idle: number; waiting: number } | null): void {
    const registers = [this.registry];
    new Gauge({
      name: 'hub_db_pool_in_use',
      help: 'Database connections checked out of the pool',
      registers,
      collect() {
        const stats = read();
        if (stats) this.set(stats.total - stats.idle);
      },
    });
    new Gauge({
      name: 'hub_db_pool_waiting',
      help: 'Queries waiting for a database connection',
      registers,
      collect() {
        const stats = read();
        if (stats) this.set(stats.waiting);
      },
    });
  }

  /**
   * SQL statements the service's database has run since it opened, read at
   * each scrape (`DatabaseHandle.statements`): with one request sent alone
   * between two readings, what that request cost in SQL.
   */
  watchStatements(read: () => number): void {
    let counted = 0;
    new Counter({
      name: 'hub_db_statements_total',
      help: 'SQL statements run on the service database',
      registers: [this.registry],
      collect() {
        const now = read();
        if (now > counted) this.inc(now - counted);
        counted = now;
      },
    });
  }

  /** each subgraph's circuit breaker, read at each scrape: 0 closed, 1 half-open, 2 open */
  watchBreakers(read: () => Iterable<[subgraph: string, state: 'closed' | 'half-open' | 'open']>) {
    const level = { closed: 0, 'half-open': 1, open: 2 } as const;
    new Gauge({
      name: 'hub_circuit_breaker_state',
      help: "Each subgraph's circuit breaker: 0 closed, 1 half-open (probing), 2 open",
      labelNames: ['subgraph'],
      registers: [this.registry],
      collect() {
        for (const [subgraph, state] of read()) this.set({ subgraph }, level[state]);
      },
    });
  }

  /**
   * The age of each station's newest reading, read at each scrape (a query;
   * a failed read leaves the gauge empty rather than failing the scrape).
   */
  watchStations(read: () => Promise<Array<{ station: string; ageSeconds: number }>>): void {
    new Gauge({
      name: 'hub_station_last_reading_age_seconds',
      help: "Seconds since each monitoring station's newest reading was measured",
      labelNames: ['station'],
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          for (const { station, ageSeconds } of await read()) this.set({ station }, ageSeconds);
        } catch {
          // unreadable now: no series rather than a failed scrape
        }
      },
    });
  }

  /** readings stored per second over the last minute, read at each scrape */
  watchIngestRate(read: () => Promise<number>): void {
    new Gauge({
      name: 'hub_readings_ingested_per_second',
      help: 'Monitoring readings stored per second, averaged over the last minute',
      registers: [this.registry],
      async collect() {
        try {
          this.set(await read());
        } catch {
          this.reset();
        }
      },
    });
  }

  /**
   * The webhook deliveries' outcomes (the notifications service): each
   * attempt counted once as delivered, to be retried, or given up.
   */
  countDeliveries(): (outcome: 'delivered' | 'retried' | 'failed') => void {
    const counter = new Counter({
      name: 'hub_webhook_deliveries_total',
      help: 'Webhook delivery attempts, by outcome (delivered, retried, failed: given up at the retry limit)',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    return (outcome) => counter.inc({ outcome });
  }

  /**
   * The delivery queue, read at each scrape: deliveries still owed and
   * watches paused because their webhook failed for a day.
   */
  watchDeliveryQueue(read: {
    pending: () => Promise<number>;
    pausedWatches: () => Promise<number>;
  }): void {
    const gauge = (name: string, help: string, value: () => Promise<number>) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          try {
            this.set(await value());
          } catch {
            // unreadable now: no series rather than a failed scrape
            this.reset();
          }
        },
      });
    gauge('hub_webhook_deliveries_pending', 'Webhook deliveries still owed', read.pending);
    gauge(
      'hub_watches_paused',
      'Watches paused because their webhook has failed for a day',
      read.pausedWatches,
    );
  }

  /** the Prometheus text exposition of this service's metrics */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
