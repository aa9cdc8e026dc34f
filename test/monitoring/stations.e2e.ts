import { generateHanoiSeed } from '@ipc-hub/seed';
import {
  generateMonitoringSeed,
  SEED_READING_DAYS,
  seedReadingWindow,
} from '@ipc-hub/seed/monitoring';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';
import { READINGS, type ReadingsAnswer } from './support/monitoringQueries';

const base = generateHanoiSeed();
const stations = generateMonitoringSeed(base);
const zoneStation = stations.find((s) => s.zoneId);
const clusterStation = stations.find((s) => s.clusterId);
const facilityStation = stations.find((s) => s.facilityId && s.kind === 'WASTEWATER');
const unitOf = (station: (typeof stations)[number] | undefined) =>
  station?.adminUnitCode ??
  base.facilities.find((f) => f.id === station?.facilityId)?.adminUnitCode;

describe("DONRE's automatic monitoring stations", () => {
  let hub: TestStack;
  let donre: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  it("shows a zone's central-plant station on the zone, through federation", async () => {
    const data = await hub.client(donre).request<{
      zone: { name: string; monitoringStations: Array<{ code: string; zone: { name: string } }> };
    }>('query ($id: ID!) { zone(id: $id) { name monitoringStations { code zone { name } } } }', {
      id: zoneStation?.zoneId,
    });
    expect(data.zone.monitoringStations).toEqual([
      { code: zoneStation?.code, zone: { name: data.zone.name } },
    ]);
  });

  it("shows a cluster's central-plant station on the cluster, through federation", async () => {
    const data = await hub.client(donre).request<{
      cluster: { monitoringStations: Array<{ code: string; cluster: { id: string } }> };
    }>('query ($id: ID!) { cluster(id: $id) { monitoringStations { code cluster { id } } } }', {
      id: clusterStation?.clusterId,
    });
    expect(data.cluster.monitoringStations).toEqual([
      { code: clusterStation?.code, cluster: { id: clusterStation?.clusterId } },
    ]);
  });

  it('holds the seeded weeks of readings, five-minutely, with their daily averages', async () => {
    const window = seedReadingWindow();
    const data = await hub.client(donre).request<ReadingsAnswer>(READINGS, {
      id: facilityStation?.id,
      parameter: 'cod',
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      resolution: 'DAY',
    });
    const days = data.monitoringStation.readings;
    expect(days).toHaveLength(SEED_READING_DAYS);
    for (const day of days) {
      expect(day.count).toBeGreaterThan(200);
      expect(day.count).toBeLessThanOrEqual(288);
      expect(day.min).toBeLessThanOrEqual(day.value);
      expect(day.max).toBeGreaterThanOrEqual(day.value);
    }
  });

  it('lists 500 facilities with their stations in as many SQL statements as 10', async () => {
    const query = `query ($first: Int!) {
      facilities(first: $first) { edges { node {
        id monitoringStations { id code kind column kq kf parameters { code unit } zone { id } cluster { id } }
      } } }
    }`;
    const count = async (first: number) => {
      const before = hub.statements().environment ?? 0;
      const data = await hub
        .client(donre)
        .request<{ facilities: { edges: Array<{ node: { monitoringStations: unknown[] } }> } }>(
          query,
          { first },
        );
      expect(data.facilities.edges).toHaveLength(first);
      return {
        statements: (hub.statements().environment ?? 0) - before,
        stations: data.facilities.edges.reduce((n, e) => n + e.node.monitoringStations.length, 0),
      };
    };
    const ten = await count(10);
    const many = await count(500);
    expect(many.stations).toBeGreaterThan(0);
    expect(many.statements).toBe(ten.statements);
  });

  it("gives every station's newest reading at a moment in one SQL statement, where its last silence starts", async () => {
    const window = seedReadingWindow();
    // noon of the day after the demo's readings end: every station silent since its last reading
    const at = new Date(window.to.getTime() + 5 * 3_600_000).toISOString();
    const query = `query ($first: Int!, $at: DateTime) {
      monitoringStations(first: $first) { edges { node { id lastReadingAt(at: $at) } } }
    }`;
    type Answer = {
      monitoringStations: { edges: Array<{ node: { id: string; lastReadingAt: string | null } }> };
    };
    const count = async (first: number) => {
      const before = hub.statements().environment ?? 0;
      const data = await hub.client(donre).request<Answer>(query, { first, at });
      return {
        nodes: data.monitoringStations.edges.map((e) => e.node),
        statements: (hub.statements().environment ?? 0) - before,
      };
    };
    const two = await count(2);
    const all = await count(200);
    expect(all.nodes.length).toBeGreaterThan(10);
    // one statement for the newest readings, however many stations ask
    expect(all.statements).toBe(two.statements);
    const seeded = all.nodes.filter((n) => n.lastReadingAt !== null);
    expect(seeded.length).toBeGreaterThan(0);
    for (const node of seeded.slice(0, 3)) {
      const { monitoringStation } = await hub.client(donre).request<{
        monitoringStation: { gaps: Array<{ from: string }> };
      }>(
        'query ($id: ID!, $from: DateTime!, $to: DateTime!) { monitoringStation(id: $id) { gaps(from: $from, to: $to) { from } } }',
        {
          id: node.id,
          from: window.from.toISOString(),
          to: at,
        },
      );
      expect(Date.parse(monitoringStation.gaps.at(-1)?.from ?? '')).toBe(
        Date.parse(node.lastReadingAt ?? ''),
      );
    }
    // before the readings began, none
    const earlier = await hub.client(donre).request<Answer>(query, {
      first: 200,
      at: new Date(window.from.getTime() - 86_400_000).toISOString(),
    });
    expect(
      earlier.monitoringStations.edges
        .filter((e) => e.node.lastReadingAt !== null)
        .map((e) => e.node.id),
    ).toEqual([]);
  });

  it('shows a district officer the stations of its district only', async () => {
    const unit = unitOf(facilityStation) ?? '';
    const area = await testToken({ role: 'AREA', adminUnits: [unit] });
    const data = await hub.client(area).request<{
      monitoringStations: { edges: Array<{ node: { code: string; adminUnit: { code: string } } }> };
      elsewhere: { code: string } | null;
    }>(
      `query ($elsewhere: ID!) {
        monitoringStations(first: 100) { edges { node { code adminUnit { code } } } }
        elsewhere: monitoringStation(id: $elsewhere) { code }
      }`,
      { elsewhere: stations.find((s) => unitOf(s) !== unit)?.id },
    );
    const listed = data.monitoringStations.edges.map((e) => e.node);
    expect(listed.map((s) => s.code)).toContain(facilityStation?.code);
    expect(listed.every((s) => s.adminUnit.code === unit)).toBe(true);
    expect(data.elsewhere).toBeNull();
  });

  it("shows an operator its own facility's stations, and the public none of the data", async () => {
    const query = 'query ($id: ID!) { facility(id: $id) { name monitoringStations { code } } }';
    const operator = await testToken({
      role: 'OPERATOR',
      facilityIds: [facilityStation?.facilityId ?? ''],
    });
    const own = await hub
      .client(operator)
      .request<{ facility: { monitoringStations: Array<{ code: string }> } }>(query, {
        id: facilityStation?.facilityId,
      });
    expect(own.facility.monitoringStations.map((s) => s.code)).toContain(facilityStation?.code);

    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { id: facilityStation?.facilityId } }),
    });
    const answer = (await response.json()) as {
      data: { facility: { name: string; monitoringStations: unknown } };
      errors: Array<{ path: string[]; extensions: { code: string } }>;
    };
    expect(answer.data.facility.name).toMatch(/\S/);
    expect(answer.data.facility.monitoringStations).toBeNull();
    expect(answer.errors.map((e) => [e.path.join('.'), e.extensions.code])).toEqual([
      ['facility.monitoringStations', 'FORBIDDEN'],
    ]);
  });
});
