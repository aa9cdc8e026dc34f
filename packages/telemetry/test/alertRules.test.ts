import { readFileSync } from 'node:fs';
import { ErrorCode } from '@ipc-hub/errors';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ServiceMetrics } from '../src';

const RULES = new URL('../../../infra/k8s/base/monitoring/ipc-hub.rules.yml', import.meta.url);
const KUSTOMIZATION = new URL('../../../infra/k8s/base/kustomization.yaml', import.meta.url);

interface Rule {
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const file = parse(readFileSync(RULES, 'utf8')) as {
  groups: Array<{ name: string; rules: Rule[] }>;
};
const rules = file.groups.flatMap((g) => g.rules);

/** Every series a service exports, as Prometheus names them (histograms add _bucket, _sum, _count). */
async function exportedSeries(): Promise<Set<string>> {
  const metrics = new ServiceMetrics('gateway');
  metrics.watchPool(() => ({ total: 1, idle: 1, waiting: 0 }));
  metrics.watchBreakers(() => [['environment', 'closed']]);
  metrics.watchStations(async () => [{ station: 's', ageSeconds: 1 }]);
  metrics.watchIngestRate(async () => 0);
  metrics.countDeliveries()('failed');
  metrics.watchDeliveryQueue({ pending: async () => 0, pausedWatches: async () => 0 });
  const names = new Set<string>();
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    names.add(metric.name);
    if (String(metric.type) === 'histogram') {
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${metric.name}${suffix}`);
    }
  }
  return names;
}

/**
 * The example alert rules shipped with the manifests name only what the
 * services export: a renamed metric or error code breaks this test, not an
 * agency's alerting in silence.
 */
describe('the example alert rules', () => {
  it('cover an unavailable agency, the error ratio, p95 latency, a silent station and given-up deliveries', () => {
    const alerts = rules.map((r) => r.alert);
    for (const name of [
      'HubAgencyUnavailable',
      'HubErrorRatioHigh',
      'HubLatencyP95High',
      'HubStationSilent',
      'HubWebhookDeliveriesGivenUp',
    ]) {
      expect(alerts).toContain(name);
    }
    for (const rule of rules) {
      expect(rule.labels?.severity, rule.alert).toMatch(/^(critical|warning|info)$/);
      // a sentence an on-call officer can act on, not an empty or placeholder string
      expect(rule.annotations?.summary, rule.alert).toMatch(/^\S.{19,}/);
      expect(rule.for, rule.alert).toMatch(/^\d+[smh]$/);
    }
  });

  it('name only metrics the services export', async () => {
    const exported = await exportedSeries();
    for (const rule of rules) {
      const named = rule.expr.match(/\bhub_[a-z0-9_]+/g) ?? [];
      expect(named.length, rule.alert).toBeGreaterThan(0);
      for (const name of named) expect(exported, `${rule.alert}: ${name}`).toContain(name);
    }
  });

  it('name only error codes the hub answers', () => {
    const codes = new Set<string>(Object.values(ErrorCode));
    for (const rule of rules) {
      for (const match of rule.expr.matchAll(/code=~"([^"]+)"/g)) {
        for (const code of (match[1] ?? '').split('|')) expect(codes, rule.alert).toContain(code);
      }
    }
  });

  it('ship in the manifests as a ConfigMap', () => {
    const kustomization = parse(readFileSync(KUSTOMIZATION, 'utf8')) as {
      configMapGenerator: Array<{ name: string; files?: string[] }>;
    };
    const generator = kustomization.configMapGenerator.find(
      (g) => g.name === 'ipc-hub-alert-rules',
    );
    expect(generator?.files).toContain('monitoring/ipc-hub.rules.yml');
  });
});
