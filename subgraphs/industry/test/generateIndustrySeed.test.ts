import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { describe, expect, it } from 'vitest';

const base = generateHanoiSeed();
const industry = generateIndustrySeed(base);
const facilityById = new Map(base.facilities.map((f) => [f.id, f]));
const highRisk = new Set(base.sectors.filter((s) => s.highRisk).map((s) => s.code));
/** the base seed's last date: nothing DOIT seeds is later */
const AS_OF = '2026-06-30';

describe('generateIndustrySeed', () => {
  it('gives the same output for the same base, without touching the base', () => {
    const before = JSON.stringify(base);
    expect(generateIndustrySeed(generateHanoiSeed())).toEqual(industry);
    expect(generateIndustrySeed(base)).toEqual(industry);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('keeps a facility’s case when other facilities are left out of the base', () => {
    const half = { ...base, facilities: base.facilities.filter((_, i) => i % 2 === 0) };
    const kept = new Set(half.facilities.map((f) => f.id));
    const fromHalf = generateIndustrySeed(half).relocationCases;
    expect(fromHalf).toEqual(industry.relocationCases.filter((c) => kept.has(c.facilityId)));
  });

  it('completes the infrastructure of only a minority of operating clusters', () => {
    const facts = new Map(industry.clusterInfrastructure.map((i) => [i.clusterId, i]));
    expect(facts.size).toBe(base.clusters.length);
    const operating = base.clusters.filter((c) => c.status === 'OPERATING');
    const complete = operating.filter((c) => {
      const f = facts.get(c.id);
      return (
        c.plant.status === 'OPERATING' && f?.solidWasteCollection && f.environmentalDossierComplete
      );
    });
    expect(complete.length).toBeGreaterThan(0);
    expect(complete.length).toBeLessThan(operating.length / 2);
    for (const cluster of base.clusters) {
      const occupancy = facts.get(cluster.id)?.occupancyPercent;
      if (cluster.status === 'PLANNED') expect(occupancy).toBeNull();
      else expect(occupancy).toBeGreaterThanOrEqual(0);
    }
  });

  it('opens a few hundred cases, for standalone facilities of high-risk sectors or already relocated', () => {
    const cases = industry.relocationCases;
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.length).toBeLessThanOrEqual(422);
    expect(new Set(cases.map((c) => c.facilityId)).size).toBe(cases.length);
    for (const c of cases) {
      const facility = facilityById.get(c.facilityId);
      expect(facility?.setting).toBe('STANDALONE');
      expect(highRisk.has(facility?.sectorCode ?? '') || facility?.status === 'RELOCATED').toBe(
        true,
      );
      if (c.reason === 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA') {
        expect(highRisk.has(facility?.sectorCode ?? '')).toBe(true);
      }
    }
    const statuses = new Set(cases.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['CANCELLED', 'COMPLETED', 'IN_PROGRESS', 'PLANNED']);
  });

  it('completes exactly the cases of facilities the base seed says were relocated', () => {
    const relocated = base.facilities.filter(
      (f) => f.setting === 'STANDALONE' && f.status === 'RELOCATED',
    );
    const completed = industry.relocationCases.filter((c) => c.status === 'COMPLETED');
    expect(completed.map((c) => c.facilityId).sort()).toEqual(relocated.map((f) => f.id).sort());
  });

  it('moves facilities only to operating zones (not the hi-tech park) and operating clusters with a plant', () => {
    const zones = new Map(base.zones.map((z) => [z.id, z]));
    const clusters = new Map(base.clusters.map((c) => [c.id, c]));
    for (const c of industry.relocationCases) {
      expect(c.destinationZoneId !== null && c.destinationClusterId !== null).toBe(false);
      if (c.status === 'IN_PROGRESS' || c.status === 'COMPLETED') {
        expect(c.destinationZoneId ?? c.destinationClusterId).not.toBeNull();
      }
      if (c.destinationZoneId) {
        const zone = zones.get(c.destinationZoneId);
        expect(zone?.status).toBe('OPERATING');
        expect(zone?.kind).not.toBe('HIGH_TECH_PARK');
      }
      if (c.destinationClusterId) {
        const cluster = clusters.get(c.destinationClusterId);
        expect(cluster?.status).toBe('OPERATING');
        expect(cluster?.plant.status).toBe('OPERATING');
      }
    }
  });

  it('dates each step of a case in order, with the dates its status calls for', () => {
    for (const c of industry.relocationCases) {
      expect(c.deadline >= c.openedOn).toBe(true);
      const steps = [c.openedOn, c.startedOn, c.completedOn ?? c.cancelledOn].filter(
        (d): d is string => d !== null,
      );
      expect([...steps].sort()).toEqual(steps);
      expect(steps.every((d) => d <= AS_OF)).toBe(true);
      if (c.status === 'PLANNED') expect(c.startedOn).toBeNull();
      if (c.status === 'IN_PROGRESS' || c.status === 'COMPLETED')
        expect(c.startedOn).not.toBeNull();
      expect(c.completedOn !== null).toBe(c.status === 'COMPLETED');
      expect(c.cancelledOn !== null).toBe(c.status === 'CANCELLED');
      if (c.supportGrantedVnd !== null)
        expect(Number.isSafeInteger(c.supportGrantedVnd)).toBe(true);
    }
  });

  it('certifies a minority of facilities, more of them among zone tenants', () => {
    const certified = new Set(industry.certifications.map((c) => c.facilityId));
    expect(certified.size).toBeGreaterThan(0);
    expect(certified.size).toBeLessThan(base.facilities.length / 4);
    const share = (setting: string) => {
      const all = base.facilities.filter((f) => f.setting === setting);
      return all.filter((f) => certified.has(f.id)).length / all.length;
    };
    expect(share('ZONE')).toBeGreaterThan(share('CLUSTER'));
    expect(share('CLUSTER')).toBeGreaterThan(share('STANDALONE'));
    const numbers = industry.certifications.map((c) => `${c.kind}|${c.issuer}|${c.number}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const c of industry.certifications) {
      const facility = facilityById.get(c.facilityId);
      expect(facility?.startedOperationOn).not.toBeNull();
      expect(c.issuedOn <= AS_OF).toBe(true);
      if (c.kind === 'CLEANER_PRODUCTION') expect(c.validUntil).toBeNull();
      else expect(c.validUntil && c.validUntil > c.issuedOn).toBe(true);
    }
  });
});
