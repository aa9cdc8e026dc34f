import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
const { certifications } = generateIndustrySeed(seed);
const certified = new Set(certifications.map((c) => c.facilityId));
const [facility, other] = seed.facilities.filter(
  (f) => !certified.has(f.id) && f.startedOperationOn !== null,
);
const existing = certifications[0];

const RECORD = `mutation ($input: RecordCertificationInput!) {
  recordCertification(input: $input) { id kind number issuer issuedOn validUntil facility { id name } } }`;

const valid = {
  kind: 'ISO_14001',
  number: 'QC-EMS-2025-00417',
  issuer: 'Trung tâm Chứng nhận Phù hợp (QUACERT)',
  issuedOn: '2025-04-10',
  validUntil: '2028-04-09',
};

describe('recordCertification', () => {
  let hub: TestStack;
  let doit: string;
  beforeAll(async () => {
    hub = await startHub();
    doit = await testToken({ role: 'DOIT' });
  });
  afterAll(() => hub?.close());

  const certificationsOf = async (id: string) =>
    (
      await hub
        .client(doit)
        .request<{ facility: { certifications: Array<{ id: string; kind: string }> } }>(
          'query ($id: ID!) { facility(id: $id) { certifications { id kind } } }',
          { id },
        )
    ).facility.certifications;

  it('records an ISO 14001 certificate and a cleaner-production assessment, latest first', async () => {
    if (!facility) throw new Error('the seed has an uncertified facility');
    const iso = (
      await hub.client(doit).request<{ recordCertification: { id: string } }>(RECORD, {
        input: { ...valid, facilityId: facility.id },
      })
    ).recordCertification;
    expect(iso).toMatchObject({ ...valid, facility: { id: facility.id, name: facility.name } });
    const cleaner = (
      await hub.client(doit).request<{ recordCertification: { id: string } }>(RECORD, {
        input: {
          facilityId: facility.id,
          kind: 'CLEANER_PRODUCTION',
          number: 'VNCPC-SXSH-2025-00031',
          issuer: 'Trung tâm Sản xuất sạch Việt Nam (VNCPC)',
          issuedOn: '2025-09-02',
        },
      })
    ).recordCertification;
    expect(await certificationsOf(facility.id)).toEqual([
      { id: cleaner.id, kind: 'CLEANER_PRODUCTION' },
      { id: iso.id, kind: 'ISO_14001' },
    ]);
  });

  it.each([
    [
      'a facility DONRE does not know',
      { facilityId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
      'input.facilityId',
    ],
    ['an ISO 14001 certificate without expiry', { validUntil: null }, 'input.validUntil'],
    [
      'an ISO 14001 certificate beyond three years',
      { validUntil: '2028-04-11' },
      'input.validUntil',
    ],
    [
      'an expiry before the issue',
      { kind: 'ENERGY_AUDIT', validUntil: '2025-01-01' },
      'input.validUntil',
    ],
    [
      'an issue date in the future',
      { issuedOn: '2999-01-01', validUntil: '2999-06-01' },
      'input.issuedOn',
    ],
    ['an empty number', { number: '  ' }, 'input.number'],
  ])('refuses %s as BAD_USER_INPUT, writing nothing', async (_, change, field) => {
    if (!other) throw new Error('the seed has a second uncertified facility');
    const error = await refusal(
      hub.client(doit).request(RECORD, {
        input: { ...valid, number: `N-${field}`, facilityId: other.id, ...change },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(/ \/ /);
    expect(await certificationsOf(other.id)).toEqual([]);
  });

  it('refuses a number its issuer already gave as CONFLICT', async () => {
    if (!other || !existing) throw new Error('the seed has certifications');
    const error = await refusal(
      hub.client(doit).request(RECORD, {
        input: {
          facilityId: other.id,
          kind: existing.kind,
          number: existing.number,
          issuer: existing.issuer,
          issuedOn: existing.issuedOn,
          validUntil: existing.validUntil,
        },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
    expect(await certificationsOf(other.id)).toEqual([]);
  });

  it.each(['DONRE', 'HIZA', 'POLICE', 'CITY'] as const)(
    'refuses a %s token as FORBIDDEN',
    async (role) => {
      if (!other) throw new Error('the seed has a second uncertified facility');
      const error = await refusal(
        hub
          .client(await testToken({ role }))
          .request(RECORD, { input: { ...valid, number: `F-${role}`, facilityId: other.id } }),
      );
      expect(error?.extensions?.code).toBe('FORBIDDEN');
      expect(await certificationsOf(other.id)).toEqual([]);
    },
  );
});
