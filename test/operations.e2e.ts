import { setLogDestination } from '@ipc-hub/logger';
import { InMemorySpanExporter, type ReadableSpan, startTracing } from '@ipc-hub/telemetry';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postGraphQL } from './support/postGraphQL';
import { parsePrometheusText, sampleValue, scrape } from './support/prometheusText';
import { startHub } from './support/startHub';

// Zones from the zones subgraph, their tenants' names from the environment subgraph.
const QUERY =
  'query ZonesWithTenants { zones(first: 5) { edges { node { name facilities { name } } } } }';

const serviceOf = (span: ReadableSpan) => span.attributes['hub.service'];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('an agency IT team sees each request: one trace, log lines with its id, metrics', () => {
  const exporter = new InMemorySpanExporter();
  const lines: Array<Record<string, unknown>> = [];
  let stopTracing: () => Promise<void>;
  let hub: TestStack;
  let token: string;
  const logLevelBefore = process.env.TEST_LOG_LEVEL;

  beforeAll(async () => {
    stopTracing = startTracing({ service: 'test', exporter });
    // Every service of the hub logs its request lines here.
    process.env.TEST_LOG_LEVEL = 'info';
    setLogDestination({ write: (line: string) => lines.push(JSON.parse(line)) });
    hub = await startHub();
    token = await testToken({ role: 'CITY' });
  });
  afterAll(async () => {
    await hub?.close();
    setLogDestination(undefined);
    // the next file in this process logs as it would have
    if (logLevelBefore === undefined) delete process.env.TEST_LOG_LEVEL;
    else process.env.TEST_LOG_LEVEL = logLevelBefore;
    await stopTracing?.();
  });

  it('follows one request from the gateway through each subgraph it calls to their SQL, in one trace', async () => {
    exporter.reset();
    const answer = await postGraphQL(
      hub.gatewayUrl,
      { query: QUERY, operationName: 'ZonesWithTenants' },
      bearer(token),
    );
    expect(answer.body.errors).toBeUndefined();
    // The subgraphs' server spans end when their answers have gone out; the gateway's just after.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const spans = exporter.getFinishedSpans();
    const roots = spans.filter((s) => s.name === 'POST /graphql' && serviceOf(s) === 'gateway');
    expect(roots).toHaveLength(1);
    const root = roots[0] as ReadableSpan;
    const traceId = root.spanContext().traceId;
    expect(root.parentSpanContext).toBeUndefined();
    // Every span this request made is in the one trace.
    expect(new Set(spans.map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));

    const servers = spans.filter((s) => s.name === 'POST /graphql');
    expect(new Set(servers.map(serviceOf))).toEqual(new Set(['gateway', 'zones', 'environment']));
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    for (const server of servers.filter((s) => s !== root)) {
      // its parent is the gateway's call to it, whose ancestors lead to the gateway's server span
      const call = byId.get(parentOf(server) ?? '');
      expect(call?.name).toBe(`subgraph ${serviceOf(server)}`);
      let ancestor: ReadableSpan | undefined = call;
      while (ancestor && ancestor !== root) ancestor = byId.get(parentOf(ancestor) ?? '');
      expect(ancestor).toBe(root);
      // and its SQL statements are its children
      const sql = spans.filter(
        (s) => s.name === 'SQL' && parentOf(s) === server.spanContext().spanId,
      );
      expect(sql.length).toBeGreaterThan(0);
      for (const statement of sql) expect(statement.attributes['db.query.text']).toMatch(/select/i);
      expect(server.attributes['hub.caller.role']).toBe('CITY');
      expect(server.attributes['hub.agency']).toBeTypeOf('string');
    }
    // Apollo Gateway's own spans (plan, fetch) sit in the same trace.
    expect(spans.some((s) => s.name === 'gateway.plan')).toBe(true);
    expect(root.attributes['graphql.operation.name']).toBe('ZonesWithTenants');
    expect(root.attributes['hub.caller.role']).toBe('CITY');
    // Nothing of the caller beyond the role: not the token, not who it is.
    const attributeText = JSON.stringify(spans.map((s) => s.attributes));
    expect(attributeText).not.toContain(token);
    expect(attributeText).not.toContain('city-test');

    // Each service's request line carries the trace id.
    const requestLines = lines.filter(
      (l) => l.msg === 'graphql request' && l.requestId === answer.requestId,
    );
    expect(new Set(requestLines.map((l) => l.service))).toEqual(
      new Set(['gateway', 'zones', 'environment']),
    );
    for (const line of requestLines) expect(line.traceId).toBe(traceId);
  });

  it('serves Prometheus text on every service, whose counters move with requests', async () => {
    const before = await scrape(hub.gatewayUrl);
    const operation = { operation: 'ZonesWithTenants' };
    const zonesCalls = { subgraph: 'zones', outcome: 'ok' };
    for (let i = 0; i < 3; i += 1) {
      await postGraphQL(hub.gatewayUrl, { query: QUERY, operationName: 'ZonesWithTenants' });
    }
    await postGraphQL(hub.gatewayUrl, { query: '{ nothingHere }' });
    const after = await scrape(hub.gatewayUrl);
    const moved = (name: string, labels: Record<string, string>) =>
      sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(moved('hub_graphql_requests_total', operation)).toBe(3);
    expect(moved('hub_graphql_request_duration_seconds_count', operation)).toBe(3);
    expect(moved('hub_subgraph_requests_total', zonesCalls)).toBe(3);
    expect(moved('hub_subgraph_request_duration_seconds_count', zonesCalls)).toBe(3);
    expect(
      moved('hub_graphql_errors_total', {
        operation: 'anonymous',
        code: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
    expect(sampleValue(after, 'hub_circuit_breaker_state', { subgraph: 'zones' })).toBe(0);
    for (const sample of after) expect(sample.labels.service).toBe('gateway');

    for (const [name, subgraph] of Object.entries(hub.subgraphs)) {
      const samples = await scrape(subgraph.http.url);
      expect(samples.every((s) => s.labels.service === name)).toBe(true);
      expect(samples.some((s) => s.name === 'hub_db_pool_in_use')).toBe(true);
      expect(samples.some((s) => s.name === 'process_cpu_seconds_total')).toBe(true);
    }
    const zones = await scrape(hub.subgraphs.zones?.http.url ?? '');
    // The gateway names its subgraph operations after the client's: ZonesWithTenants__zones__0.
    const zonesRequests = zones
      .filter((s) => s.name === 'hub_graphql_requests_total')
      .filter((s) => s.labels.operation?.startsWith('ZonesWithTenants__zones'))
      .reduce((sum, s) => sum + s.value, 0);
    expect(zonesRequests).toBeGreaterThanOrEqual(4);
    const environment = await scrape(hub.subgraphs.environment?.http.url ?? '');
    const stations = environment.filter((s) => s.name === 'hub_station_last_reading_age_seconds');
    expect(stations.length).toBeGreaterThan(0);
    expect(environment.some((s) => s.name === 'hub_readings_ingested_per_second')).toBe(true);

    // each subgraph counts the SQL it runs: a facility read through the gateway moves DONRE's count
    const statements = async () =>
      (await scrape(hub.subgraphs.environment?.http.url ?? ''))
        .filter((s) => s.name === 'hub_db_statements_total')
        .reduce((sum, s) => sum + s.value, 0);
    const statementsBefore = await statements();
    await postGraphQL(hub.gatewayUrl, { query: '{ facilities(first: 3) { totalCount } }' });
    expect(await statements()).toBeGreaterThan(statementsBefore);
  });

  it('refuses malformed exposition text (the parser the test above trusts)', () => {
    expect(() => parsePrometheusText('hub_x{a="1" 2\n')).toThrow(/not a sample|labels/);
    expect(() => parsePrometheusText('hub_x one\n')).toThrow(/not a number/);
    expect(parsePrometheusText('# TYPE hub_x counter\nhub_x{a="b"} 2\n')).toEqual([
      { name: 'hub_x', labels: { a: 'b' }, value: 2 },
    ]);
  });
});
