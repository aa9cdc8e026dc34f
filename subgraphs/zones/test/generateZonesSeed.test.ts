import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { describe, expect, it } from 'vitest';

const base = generateHanoiSeed();
const own = generateZonesSeed(base);
const projects = own.investmentProjects;

describe('the zones demo data', () => {
  it('is the same on every run', () => {
    const again = generateZonesSeed(generateHanoiSeed());
    expect(again.investmentProjects).toEqual(projects);
    expect(again.plantDeadlines).toEqual(own.plantDeadlines);
  });

  it('registers a few dozen projects in every full year from 2012 to 2025', () => {
    for (let year = 2012; year <= 2025; year++) {
      const count = projects.filter((p) => p.registeredOn.startsWith(String(year))).length;
      expect(count, String(year)).toBeGreaterThanOrEqual(20);
      expect(count, String(year)).toBeLessThanOrEqual(60);
    }
  });

  it('has most projects in line with the planning, some not, and each of those says why', () => {
    const outOfLine = projects.filter((p) => !p.inLineWithPlanning);
    expect(outOfLine.length).toBeGreaterThan(0);
    expect(outOfLine.length / projects.length).toBeLessThan(0.2);
    for (const p of outOfLine) expect(p.planningNote).toMatch(/\S/);
  });

  it('links operating projects to tenants of their own zone, and leaves pending ones without a facility', () => {
    const tenancies = new Map(base.zoneTenancies.map((t) => [t.facilityId, t]));
    const operating = projects.filter((p) => p.status === 'OPERATING');
    const pending = projects.filter(
      (p) => p.status === 'REGISTERED' || p.status === 'UNDER_CONSTRUCTION',
    );
    expect(operating.length).toBeGreaterThan(100);
    expect(pending.length).toBeGreaterThan(20);
    for (const p of operating) {
      expect(p.facilityId).not.toBeNull();
      expect(tenancies.get(p.facilityId ?? '')?.zoneId).toBe(p.zoneId);
      expect(p.operatingSince && p.operatingSince >= p.registeredOn).toBe(true);
    }
    for (const p of pending) {
      expect(p.facilityId).toBeNull();
      expect(p.operatingSince).toBeNull();
    }
  });

  it('gives every project its own investment certificate', () => {
    const certificates = projects.map((p) => p.investmentCertificate);
    expect(new Set(certificates).size).toBe(projects.length);
  });

  it('sets the plan’s June 2013 deadline for the plants of Sài Đồng B and Thạch Thất – Quốc Oai only', () => {
    const codes = own.plantDeadlines.map((d) => base.zones.find((z) => z.id === d.zoneId)?.code);
    expect(codes.sort()).toEqual(['SAIDONGB', 'THACHTHATQUOCOAI']);
    for (const deadline of own.plantDeadlines) {
      expect(deadline).toMatchObject({ dueBy: '2013-05-31', setOn: '2012-05-22' });
      expect(deadline.decision).toContain('75/KH-UBND');
    }
  });
});
