import { readFileSync } from 'node:fs';
import type { TrustedDocumentManifest } from '@ipc-hub/gateway/trusted-documents';
import { fetchPlanReport } from '@ipc-hub/report';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postGraphQL } from './support/postGraphQL';
import { sampleValue, scrape } from './support/prometheusText';
import { startHub } from './support/startHub';

const loadgen = JSON.parse(
  readFileSync(new URL('../trusted-documents/loadgen.json', import.meta.url), 'utf8'),
) as TrustedDocumentManifest;
// The load generator's public zones list: registered, needs no variables.
const [hash, registered] = Object.entries(loadgen.operations).find(([, d]) =>
  d.startsWith('{\n  zones(first: 50) {\n    totalCount'),
) as [string, string];
const UNREGISTERED = '{ zones(first: 1) { totalCount } }';
const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };

for (const mode of ['production', 'development'] as const) {
  describe(`trusted documents, ${mode}`, () => {
    let hub: TestStack;
    beforeAll(async () => {
      hub = await startHub({
        gatewayEnv: {
          HUB_TRUSTED_DOCUMENTS_ONLY: mode === 'production' ? 'true' : 'false',
          HUB_FREE_QUERY_ROLES: 'CITY',
        },
      });
    });
    afterAll(() => hub?.close());

    it('runs a registered operation sent by its hash alone, and sent in full', async () => {
      const alone = await postGraphQL(hub.gatewayUrl, byHash);
      expect(alone.body.errors).toBeUndefined();
      expect(alone.body.data?.zones).toBeDefined();
      const full = await postGraphQL(hub.gatewayUrl, { query: registered });
      expect(full.body.errors).toBeUndefined();
    });

    it('lets the report command read a report with its four-quarter trend, as a role that may not ask freely', async () => {
      const document = await fetchPlanReport({
        gatewayUrl: hub.gatewayUrl,
        token: await testToken({ role: 'DONRE' }),
        period: '2026-Q2',
        adminUnit: null,
        trend: true,
      });
      expect(document.indicators.length).toBe(7);
      expect(document.trend?.map((c) => c.period)).toEqual([
        '2025-Q3',
        '2025-Q4',
        '2026-Q1',
        '2026-Q2',
      ]);
    });

    it(
      mode === 'production'
        ? 'refuses an unregistered operation, except from a role that may ask freely, and counts it'
        : 'accepts an unregistered operation',
      async () => {
        const before = await scrape(hub.gatewayUrl);
        const answer = await postGraphQL(hub.gatewayUrl, { query: UNREGISTERED });
        if (mode === 'development') {
          expect(answer.body.errors).toBeUndefined();
          return;
        }
        expect(answer.status).toBe(403);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
        expect(answer.body.data ?? null).toBeNull();
        const after = await scrape(hub.gatewayUrl);
        const refusals = { reason: 'not_registered' };
        expect(
          sampleValue(after, 'hub_trusted_document_refusals_total', refusals) -
            sampleValue(before, 'hub_trusted_document_refusals_total', refusals),
        ).toBe(1);
        const free = await postGraphQL(
          hub.gatewayUrl,
          { query: UNREGISTERED },
          bearer(await testToken({ role: 'CITY' })),
        );
        expect(free.body.errors).toBeUndefined();
        const other = await postGraphQL(
          hub.gatewayUrl,
          { query: UNREGISTERED },
          bearer(await testToken({ role: 'POLICE' })),
        );
        expect(other.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
      },
    );
  });
}
