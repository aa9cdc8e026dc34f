import { beforeAll, describe, expect, it } from 'vitest';
import { generateHanoiSeed, type HanoiSeed, type SeedFacility } from '../src';
import {
  type ApprovalKind,
  type EnvironmentSeed,
  generateEnvironmentSeed,
  type SeedApproval,
} from '../src/environment';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TODAY = '2026-11-01';
const LAST_DAY = '2026-10-31';

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

function effectiveState(approval: SeedApproval): 'VALID' | 'EXPIRED' | 'REVOKED' {
  if (approval.revokedOn !== null && approval.revokedOn <= TODAY) return 'REVOKED';
  if (approval.validUntil !== null && approval.validUntil < TODAY) return 'EXPIRED';
  return 'VALID';
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

let base: HanoiSeed;
let env: EnvironmentSeed;
let facilities: Map<string, SeedFacility>;

beforeAll(() => {
  base = generateHanoiSeed();
  env = generateEnvironmentSeed(base);
  facilities = byId(base.facilities);
});

describe('generateEnvironmentSeed determinism', () => {
  it('returns byte-identical JSON for the same base, even one generated again', () => {
    expect(JSON.stringify(generateEnvironmentSeed(base))).toBe(JSON.stringify(env));
    expect(JSON.stringify(generateEnvironmentSeed(generateHanoiSeed()))).toBe(JSON.stringify(env));
  });

  it('leaves the base untouched', () => {
    const before = JSON.stringify(base);
    generateEnvironmentSeed(base);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('gives other data and other ids for the base of another seed', () => {
    const other = generateEnvironmentSeed(generateHanoiSeed({ seed: 76 }));
    expect(other.approvals[0]?.id).not.toBe(env.approvals[0]?.id);
    expect(other.planTasks[0]?.id).not.toBe(env.planTasks[0]?.id);
    expect(other.legalRepresentatives.map((r) => r.fullName)).not.toEqual(
      env.legalRepresentatives.map((r) => r.fullName),
    );
  });

  it('gives every record a UUID that no other record has', () => {
    const ids = [
      ...env.approvals,
      ...env.postApprovalInspections,
      ...env.hazardousWasteRegistrations,
      ...env.hazardousWasteStreams,
      ...env.hazardousWasteReports,
      ...env.seriousPolluterListings,
      ...env.planTasks,
      ...env.planTaskNotes,
    ].map((r) => r.id);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('legal representatives', () => {
  it('gives every facility exactly one legal representative', () => {
    expect(env.legalRepresentatives).toHaveLength(base.facilities.length);
    expect(new Set(env.legalRepresentatives.map((r) => r.facilityId))).toEqual(
      new Set(base.facilities.map((f) => f.id)),
    );
  });

  it('identifies Vietnamese representatives by a CCCD number that encodes sex, century and birth year', () => {
    const citizens = env.legalRepresentatives.filter((r) => /^\d{12}$/.test(r.idNumber));
    expect(citizens.length).toBeGreaterThan(base.facilities.length * 0.8);
    for (const r of citizens) {
      expect(['0', '1']).toContain(r.idNumber[3]);
      expect(r.idNumber.slice(4, 6)).toBe(r.dateOfBirth.slice(2, 4));
      // a Vietnamese name: family, middle and given name, capitalised
      expect(r.fullName).toMatch(/^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*){1,2}$/u);
    }
    const fromHanoi = citizens.filter((r) => r.idNumber.startsWith('001')).length;
    expect(fromHanoi / citizens.length).toBeGreaterThan(0.45);
    const nguyen = citizens.filter((r) => r.fullName.startsWith('Nguyễn ')).length;
    expect(nguyen / citizens.length).toBeGreaterThan(0.3);
    expect(nguyen / citizens.length).toBeLessThan(0.46);
  });

  it('gives some foreign-invested zone tenants a foreign director with a passport number', () => {
    const foreign = env.legalRepresentatives.filter((r) => !/^\d{12}$/.test(r.idNumber));
    expect(foreign.length).toBeGreaterThan(20);
    for (const r of foreign) {
      expect(r.idNumber).toMatch(/^[A-Z0-9]{8,10}$/);
      expect(r.fullName).toMatch(/^[A-Z][A-Z -]+$/);
      expect(facilities.get(r.facilityId)?.name).toMatch(/^(Chi nhánh )?Công ty TNHH /);
    }
    expect(new Set(env.legalRepresentatives.map((r) => r.idNumber)).size).toBe(
      env.legalRepresentatives.length,
    );
  });

  it('draws birth dates from 1955 to 1995 and 10-digit mobile numbers', () => {
    for (const r of env.legalRepresentatives) {
      expect(r.dateOfBirth >= '1955-01-01' && r.dateOfBirth <= '1995-12-31').toBe(true);
      expect(Number.isNaN(Date.parse(r.dateOfBirth))).toBe(false);
      expect(r.phone).toMatch(/^0[3789]\d{8}$/);
    }
  });
});

describe('approvals', () => {
  it('refers only to facilities of the base and numbers each document once per issuer and year', () => {
    for (const a of env.approvals) expect(facilities.has(a.facilityId)).toBe(true);
    const numbers = env.approvals.map(
      (a) => `${a.issuingAuthority}|${a.issuedOn.slice(0, 4)}|${a.decisionNumber}`,
    );
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const a of env.approvals) expect(a.decisionNumber).toMatch(/^\d+\/[A-ZĐ]+-[A-ZĐ]+$/);
  });

  it('dates approvals no earlier than a year before the facility started and never after 2026-10-31', () => {
    for (const a of env.approvals) {
      const start = facilities.get(a.facilityId)?.startedOperationOn;
      if (start) expect(daysBetween(a.issuedOn, start)).toBeLessThanOrEqual(366);
      else expect(a.issuedOn >= '2023-01-01').toBe(true);
      expect(a.issuedOn <= LAST_DAY).toBe(true);
    }
  });

  it('keeps issuedOn ≤ validUntil and a revocation between them', () => {
    for (const a of env.approvals) {
      if (a.validUntil !== null) expect(a.issuedOn < a.validUntil).toBe(true);
      if (a.revokedOn !== null) {
        expect(a.issuedOn < a.revokedOn).toBe(true);
        expect(a.revokedOn <= (a.validUntil ?? LAST_DAY)).toBe(true);
        expect(a.revokedOn <= LAST_DAY).toBe(true);
      }
    }
  });

  it('uses the instruments of each law in its own years', () => {
    const eras: Record<ApprovalKind, [string, string]> = {
      EIA_REPORT: ['1994-01-01', LAST_DAY],
      PROTECTION_COMMITMENT: ['1994-01-01', '2014-12-31'],
      PROTECTION_PLAN: ['2015-01-01', '2021-12-31'],
      DETAILED_PROTECTION_SCHEME: ['2008-10-01', '2021-12-31'],
      SIMPLE_PROTECTION_SCHEME: ['2008-10-01', '2021-12-31'],
      ENVIRONMENTAL_PERMIT: ['2022-01-01', LAST_DAY],
      ENVIRONMENTAL_REGISTRATION: ['2022-01-01', '2025-06-30'],
    };
    for (const a of env.approvals) {
      const [from, to] = eras[a.kind];
      expect(a.issuedOn >= from && a.issuedOn <= to, `${a.kind} on ${a.issuedOn}`).toBe(true);
      expect(a.validUntil !== null).toBe(a.kind === 'ENVIRONMENTAL_PERMIT');
    }
    const kinds = new Set(env.approvals.map((a) => a.kind));
    expect(kinds.size).toBe(7);
  });

  it('names the issuer as it was called on the day', () => {
    for (const a of env.approvals) {
      if (a.issuedOn > '2025-06-30')
        expect(a.issuingAuthority).not.toMatch(/^UBND (quận|huyện|thị xã) /);
      if (a.issuedOn >= '2025-03-01')
        expect(a.issuingAuthority).not.toMatch(/Tài nguyên và Môi trường/);
      if (a.issuingAuthority === 'Sở Tài nguyên và Môi trường Hà Nội') {
        expect(a.issuedOn >= '2008-08-01' && a.issuedOn < '2025-03-01').toBe(true);
      }
      if (a.kind === 'ENVIRONMENTAL_REGISTRATION') {
        expect(a.issuingAuthority).toMatch(/^UBND (xã|phường|thị trấn) /);
      }
    }
  });

  it('gives permits a term of 7 or 10 years, or a shorter one on request, and lets some expire', () => {
    const permits = env.approvals.filter((a) => a.kind === 'ENVIRONMENTAL_PERMIT');
    const terms = permits.map(
      (a) => Number(a.validUntil?.slice(0, 4)) - Number(a.issuedOn.slice(0, 4)),
    );
    for (const term of terms) expect([2, 3, 4, 7, 10]).toContain(term);
    // a term runs to the same calendar day (28 February for a permit of 29 February)
    for (const a of permits) {
      if (!a.issuedOn.endsWith('02-29')) expect(a.validUntil?.slice(4)).toBe(a.issuedOn.slice(4));
    }
    expect(terms.filter((t) => t === 10).length).toBeGreaterThan(terms.length / 2);
    const states = env.approvals.map(effectiveState);
    const expired = states.filter((s) => s === 'EXPIRED').length;
    const revoked = states.filter((s) => s === 'REVOKED').length;
    expect(expired).toBeGreaterThan(5);
    expect(revoked).toBeGreaterThan(3);
    expect(expired + revoked).toBeLessThan(env.approvals.length * 0.05);
  });

  it('leaves about one facility in ten without any approval, standalone workshops more often', () => {
    const approved = new Set(env.approvals.map((a) => a.facilityId));
    const without = base.facilities.filter((f) => !approved.has(f.id));
    const share = without.length / base.facilities.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
    const standalone = base.facilities.filter((f) => f.setting === 'STANDALONE');
    const zone = base.facilities.filter((f) => f.setting === 'ZONE');
    const shareOf = (list: SeedFacility[]) =>
      list.filter((f) => !approved.has(f.id)).length / list.length;
    expect(shareOf(standalone)).toBeGreaterThan(shareOf(zone) * 2);
  });

  it('gives no approval before the first inspection that found the facility operating without one', () => {
    const firstApproval = new Map<string, string>();
    for (const a of env.approvals) {
      const current = firstApproval.get(a.facilityId);
      if (current === undefined || a.issuedOn < current)
        firstApproval.set(a.facilityId, a.issuedOn);
    }
    const firstFinding = new Map<string, string>();
    for (const v of base.violations) {
      if (v.category !== 'NO_ENVIRONMENTAL_APPROVAL') continue;
      const current = firstFinding.get(v.facilityId);
      if (current === undefined || v.detectedOn < current)
        firstFinding.set(v.facilityId, v.detectedOn);
    }
    expect(firstFinding.size).toBeGreaterThan(0);
    for (const [facilityId, foundOn] of firstFinding) {
      const first = firstApproval.get(facilityId);
      if (first !== undefined) expect(first > foundOn).toBe(true);
    }
  });
});

describe('post-approval inspections', () => {
  it('inspects only ĐTM decisions and permits that exist, after they were issued', () => {
    const approvals = byId(env.approvals);
    for (const i of env.postApprovalInspections) {
      const approval = approvals.get(i.approvalId);
      expect(approval).toBeDefined();
      if (!approval) continue;
      expect(['EIA_REPORT', 'ENVIRONMENTAL_PERMIT']).toContain(approval.kind);
      expect(i.inspectedOn > approval.issuedOn).toBe(true);
      expect(i.inspectedOn <= LAST_DAY).toBe(true);
      if (approval.revokedOn !== null) expect(i.inspectedOn <= approval.revokedOn).toBe(true);
    }
  });

  it('covers a majority of them, finds most works compliant and writes findings exactly when not', () => {
    const inspectable = env.approvals.filter(
      (a) =>
        (a.kind === 'EIA_REPORT' || a.kind === 'ENVIRONMENTAL_PERMIT') &&
        facilities.get(a.facilityId)?.startedOperationOn != null,
    );
    const inspected = new Set(env.postApprovalInspections.map((i) => i.approvalId));
    expect(inspected.size / inspectable.length).toBeGreaterThan(0.5);
    const compliant = env.postApprovalInspections.filter((i) => i.treatmentCompliant).length;
    expect(compliant / env.postApprovalInspections.length).toBeGreaterThan(0.65);
    for (const i of env.postApprovalInspections) {
      if (i.treatmentCompliant) expect(i.findings).toBeNull();
      else expect(i.findings).toMatch(/^\p{Lu}.{20,}/u);
    }
  });
});

describe('hazardous waste', () => {
  it('registers generators under unique codes issued after they started and before the 2020 law', () => {
    const codes = env.hazardousWasteRegistrations.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of env.hazardousWasteRegistrations) {
      expect(r.code).toMatch(/^01\.\d{6}\.T$/);
      const start = facilities.get(r.facilityId)?.startedOperationOn;
      expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (start) expect(r.issuedOn > start).toBe(true);
      expect(r.issuedOn <= '2021-12-31').toBe(true);
    }
    // codes run in order of issue
    const sorted = [...env.hazardousWasteRegistrations].sort((a, b) => (a.code < b.code ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      expect((sorted[i]?.issuedOn ?? '') >= (sorted[i - 1]?.issuedOn ?? '')).toBe(true);
    }
  });

  it('registers most facilities of the plating, battery and dyeing sectors', () => {
    const registered = new Set(env.hazardousWasteRegistrations.map((r) => r.facilityId));
    const generators = base.facilities.filter(
      (f) =>
        ['2592', '2720', '1313'].includes(f.sectorCode) &&
        f.startedOperationOn !== null &&
        f.startedOperationOn < '2021-01-01',
    );
    const share = generators.filter((f) => registered.has(f.id)).length / generators.length;
    expect(share).toBeGreaterThan(0.6);
  });

  it('declares one to four distinct streams per registration, 50 to 50 000 kg a year in all', () => {
    const streams = new Map<string, typeof env.hazardousWasteStreams>();
    for (const s of env.hazardousWasteStreams) {
      streams.set(s.registrationId, [...(streams.get(s.registrationId) ?? []), s]);
      expect(s.wasteCode).toMatch(/^\d{2} \d{2} \d{2}$/);
    }
    for (const r of env.hazardousWasteRegistrations) {
      const own = streams.get(r.id) ?? [];
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(4);
      expect(new Set(own.map((s) => s.wasteCode)).size).toBe(own.length);
      const total = own.reduce((sum, s) => sum + s.expectedKgPerYear, 0);
      expect(total).toBeGreaterThanOrEqual(45);
      expect(total).toBeLessThanOrEqual(50_100);
    }
    expect(streams.size).toBe(env.hazardousWasteRegistrations.length);
  });

  it('reports calendar years after the registration, submitted in the first quarter of the next', () => {
    const registrations = byId(env.hazardousWasteRegistrations);
    const seen = new Set<string>();
    for (const r of env.hazardousWasteReports) {
      const registration = registrations.get(r.registrationId);
      expect(registration).toBeDefined();
      const year = Number(r.period);
      expect(year).toBeGreaterThanOrEqual(2013);
      expect(year).toBeLessThanOrEqual(2025);
      expect(year).toBeGreaterThan(Number(registration?.issuedOn.slice(0, 4)));
      expect(r.periodStart).toBe(`${year}-01-01`);
      expect(r.periodEnd).toBe(`${year}-12-31`);
      expect(r.submittedOn >= `${year + 1}-01-01` && r.submittedOn <= `${year + 1}-03-31`).toBe(
        true,
      );
      seen.add(`${r.registrationId}|${r.period}`);
    }
    expect(seen.size).toBe(env.hazardousWasteReports.length);
  });

  it('keeps treatedKg ≤ generatedKg near the declared streams, naming a licensed unit when any was treated', () => {
    const expected = new Map<string, number>();
    for (const s of env.hazardousWasteStreams) {
      expected.set(s.registrationId, (expected.get(s.registrationId) ?? 0) + s.expectedKgPerYear);
    }
    for (const r of env.hazardousWasteReports) {
      expect(r.treatedKg).toBeGreaterThanOrEqual(0);
      expect(r.treatedKg).toBeLessThanOrEqual(r.generatedKg);
      const declared = expected.get(r.registrationId) ?? 0;
      expect(r.generatedKg).toBeGreaterThanOrEqual(Math.floor(declared * 0.7) - 1);
      expect(r.generatedKg).toBeLessThanOrEqual(Math.ceil(declared * 1.3) + 1);
      if (r.treatedKg > 0) expect(r.licensedUnit).toMatch(/^Công ty /);
      else expect(r.licensedUnit).toBeNull();
    }
  });

  it('raises the treated share over the years to between 80 % and 95 % in 2025', () => {
    const share = (from: number, to: number) => {
      const reports = env.hazardousWasteReports.filter(
        (r) => Number(r.period) >= from && Number(r.period) <= to,
      );
      const generated = reports.reduce((sum, r) => sum + r.generatedKg, 0);
      return reports.reduce((sum, r) => sum + r.treatedKg, 0) / generated;
    };
    const latest = share(2025, 2025);
    expect(latest).toBeGreaterThan(0.8);
    expect(latest).toBeLessThan(0.95);
    expect(share(2013, 2016)).toBeLessThan(share(2022, 2025));
    expect(share(2013, 2016)).toBeGreaterThan(0.6);
  });
});

describe('serious polluter listings', () => {
  it('lists about forty facilities once each, in all four resolutions', () => {
    const listings = env.seriousPolluterListings;
    expect(listings.length).toBeGreaterThanOrEqual(35);
    expect(listings.length).toBeLessThanOrEqual(45);
    expect(new Set(listings.map((l) => l.facilityId)).size).toBe(listings.length);
    for (const l of listings) expect(facilities.has(l.facilityId)).toBe(true);
    expect(new Set(listings.map((l) => l.resolution))).toEqual(
      new Set(['PENDING', 'THOROUGHLY_TREATED', 'RELOCATED', 'CLOSED']),
    );
  });

  it('dates the listing after the start, the deadline one to three years on, and the resolution after the listing', () => {
    for (const l of env.seriousPolluterListings) {
      const start = facilities.get(l.facilityId)?.startedOperationOn;
      expect(start && start < l.listedOn).toBe(true);
      expect(l.deadline).not.toBeNull();
      const years = daysBetween(l.listedOn, l.deadline ?? l.listedOn) / 365;
      expect(years).toBeGreaterThan(0.5);
      expect(years).toBeLessThan(4.8);
      expect(l.resolvedOn === null).toBe(l.resolution === 'PENDING');
      if (l.resolvedOn !== null) {
        expect(l.listedOn <= l.resolvedOn).toBe(true);
        expect(l.resolvedOn <= LAST_DAY).toBe(true);
      }
      expect(l.reason).toMatch(/^\p{Lu}.{20,}/u);
    }
    const overdue = env.seriousPolluterListings.filter(
      (l) => l.resolution === 'PENDING' && (l.deadline ?? TODAY) < TODAY,
    );
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('puts the oldest on QĐ 64/2003/QĐ-TTg and the rest on one city decision a year from 2012 to 2024', () => {
    const national = env.seriousPolluterListings.filter((l) => l.decision === 'QĐ 64/2003/QĐ-TTg');
    expect(national.length).toBeGreaterThan(0);
    for (const l of national) expect(l.listedOn).toBe('2003-04-22');
    const city = env.seriousPolluterListings.filter((l) => l.decision !== 'QĐ 64/2003/QĐ-TTg');
    const decisionOfYear = new Map<string, string>();
    for (const l of city) {
      expect(l.decision).toMatch(/^QĐ \d+\/QĐ-UBND$/);
      const year = l.listedOn.slice(0, 4);
      expect(year >= '2012' && year <= '2024').toBe(true);
      expect(decisionOfYear.get(year) ?? l.decision).toBe(l.decision);
      decisionOfYear.set(year, l.decision);
    }
  });

  it('ends the listings of relocated and closed facilities that way, and publishes all but the newest', () => {
    for (const l of env.seriousPolluterListings) {
      const status = facilities.get(l.facilityId)?.status;
      if (l.resolution === 'RELOCATED') expect(status).toBe('RELOCATED');
      if (l.resolution === 'CLOSED') expect(['CLOSED', 'RELOCATED']).toContain(status);
      if (l.listedOn >= '2024-01-01') expect(l.published).toBe(false);
    }
    const published = env.seriousPolluterListings.filter((l) => l.published).length;
    expect(published / env.seriousPolluterListings.length).toBeGreaterThan(0.75);
  });
});

describe('plan tasks', () => {
  it('tracks the twelve tasks of the appendix as the plan writes them', () => {
    expect(env.planTasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const task = (n: number) => env.planTasks.find((t) => t.number === n);
    expect(task(1)?.title).toBe('Công bố danh sách cơ sở gây ô nhiễm môi trường nghiêm trọng');
    expect(task(5)?.title).toBe(
      'Xây dựng và ban hành văn bản quy định về quản lý chất thải công nghiệp',
    );
    expect(task(12)?.title).toBe(
      'Xây dựng thí điểm hệ thống cán bộ quản lý ô nhiễm (PCM) tại các khu chế xuất, khu công nghệ cao, khu công nghiệp, cụm công nghiệp và các cơ sở sản xuất',
    );
    expect(task(12)?.leadAgency).toBe(
      'Sở Tài nguyên và Môi trường (Thực hiện theo Dự án hỗ trợ của Bộ Tài nguyên và Môi trường, Bộ Kinh tế và Thương mại Nhật Bản –METI)',
    );
    expect(task(3)?.leadAgency).toBe('Sở Công thương');
    expect(task(11)?.timeFrame).toBe('2012');
    expect(task(5)?.timeFrame).toBe('2012-2013');
  });

  it('has most tasks completed and one to four dated notes on each', () => {
    const completed = env.planTasks.filter((t) => t.status === 'COMPLETED').length;
    expect(completed).toBeGreaterThanOrEqual(8);
    expect(completed).toBeLessThan(12);
    for (const task of env.planTasks) {
      const notes = env.planTaskNotes.filter((n) => n.taskId === task.id);
      expect(notes.length).toBeGreaterThanOrEqual(1);
      expect(notes.length).toBeLessThanOrEqual(4);
      for (const n of notes) {
        expect(n.notedOn >= '2012-05-22' && n.notedOn <= LAST_DAY).toBe(true);
        expect(n.note.length).toBeGreaterThan(20);
      }
    }
  });

  it('quotes the number of listings the data holds', () => {
    const summary = env.planTaskNotes.find((n) => n.note.startsWith('Lũy kế '));
    const listed = env.seriousPolluterListings.filter(
      (l) => l.listedOn <= (summary?.notedOn ?? ''),
    );
    expect(summary?.note).toContain(`Lũy kế ${listed.length} cơ sở`);
  });
});

describe('generateEnvironmentSeed at scale', () => {
  // Speed belongs to `pnpm bench`; this checks the volumes grow with the base.
  it('generates the environment data of a scale-10 base, about ten times as much', () => {
    const large = generateHanoiSeed({ scale: 10 });
    const data = generateEnvironmentSeed(large);
    expect(data.legalRepresentatives).toHaveLength(large.facilities.length);
    expect(data.seriousPolluterListings.length).toBeGreaterThan(350);
    expect(data.approvals.length).toBeGreaterThan(env.approvals.length * 8);
    expect(data.planTasks).toHaveLength(12);
    const codes = data.hazardousWasteRegistrations.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = [...data.approvals, ...data.hazardousWasteReports].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
