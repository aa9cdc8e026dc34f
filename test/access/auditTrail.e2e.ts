import { SUBGRAPHS } from '@ipc-hub/registry';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { generateMonitoringSeed, monitoringFileName } from '@ipc-hub/seed/monitoring';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { gatewayProofHeaders, TEST_SECRET, type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLAnswer, postGraphQL } from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const representative = generateEnvironmentSeed(base).legalRepresentatives[0];
if (!representative) throw new Error('the seed has a legal representative');
const police = generatePoliceSeed(base);
const caseFile = police.caseFiles.find((c) => c.suspects.length > 0) ?? police.caseFiles[0];
if (!caseFile) throw new Error('the seed has a case file');

/** A seeded station and a facility of another station: its operator may not send the first's data. */
const stations = generateMonitoringSeed(base).filter((s) => s.facilityId !== null);
const station = stations[0];
const otherFacilityId = stations.find((s) => s.facilityId !== station?.facilityId)?.facilityId;
if (!station || !otherFacilityId) throw new Error('the seed has stations of two facilities');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const READ_REPRESENTATIVE =
  'query Representative($id: ID!) { facility(id: $id) { name legalRepresentative { fullName } } }';
const READ_SUSPECTS =
  'query Suspects($id: ID!) { violation(id: $id) { id caseFile { criminalCaseRef suspects { fullName } } } }';

type Answer = GraphQLAnswer;

const post = (
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> => postGraphQL(url, { query, variables }, headers);

/** A token signed with the test stack's secret, with claims signToken would refuse to mint. */
function crafted(claims: {
  sub: string;
  role: string;
  iat?: number;
  exp?: number;
}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer('ipc-hub')
    .setAudience('ipc-hub')
    .setIssuedAt(claims.iat ?? now)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(new TextEncoder().encode(TEST_SECRET));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);

describe('the audit trail fails closed, and what it records is plain', () => {
  let hub: TestStack;
  let donre: string;

  const database = (subgraph: string) => {
    const db = hub.subgraphs[subgraph]?.database.db;
    if (!db) throw new Error(`no ${subgraph} subgraph`);
    return db;
  };
  const latestRow = async (subgraph: string) => {
    const result = (await database(subgraph).execute(
      sql`select request_id, subject, purpose, fields from audit_log order by seq desc limit 1`,
    )) as unknown as {
      rows: Array<{
        request_id: string;
        subject: string | null;
        purpose: string | null;
        fields: string[];
      }>;
    };
    return result.rows[0];
  };
  const auditRows = async (subgraph: string) => {
    const result = (await database(subgraph).execute(
      sql`select count(*)::int as n from audit_log`,
    )) as unknown as { rows: Array<{ n: number }> };
    return result.rows[0]?.n ?? 0;
  };
  /** Makes the subgraph's audit table refuse every row, as a full disk or a broken table would. */
  const breakAuditTable = async (subgraph: string) => {
    const db = database(subgraph);
    await db.execute(sql`CREATE FUNCTION audit_test_refuse() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit table out of order'; END $$ LANGUAGE plpgsql`);
    await db.execute(sql`CREATE TRIGGER audit_test_refuse BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_test_refuse()`);
  };
  const repairAuditTable = async (subgraph: string) => {
    const db = database(subgraph);
    await db.execute(sql`DROP TRIGGER audit_test_refuse ON audit_log`);
    await db.execute(sql`DROP FUNCTION audit_test_refuse()`);
  };

  /** The audit rows of one subgraph that record a denial of `field`, newest first. */
  const denials = async (subgraph: string, field: string) => {
    const result = (await database(subgraph).execute(
      sql`select subject, role, outcome, denied_fields from audit_log
          where ${field} = any(denied_fields) order by seq desc`,
    )) as unknown as {
      rows: Array<{
        subject: string | null;
        role: string;
        outcome: string;
        denied_fields: string[];
      }>;
    };
    return result.rows;
  };

  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE', sub: 'can.bo@stnmt.hanoi' });
  });
  afterAll(() => hub?.close());

  it.each(SUBGRAPHS.map((entry) => entry.subgraph))(
    "keeps %s's audit trail append-only, even for the database owner, and denies it to the public",
    async (subgraph) => {
      // the public's denial is itself a row of the agency's trail
      const answer = await post(hub.gatewayUrl, `{ ${subgraph}AuditTrail { totalCount } }`, {});
      expect(answer.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        [`${subgraph}AuditTrail`, 'FORBIDDEN'],
      ]);
      expect(await auditRows(subgraph)).toBeGreaterThan(0);
      // drizzle wraps the database's refusal; its reason is in `cause`
      const refusal = (statement: ReturnType<typeof sql>) =>
        database(subgraph)
          .execute(statement)
          .then(
            () => 'accepted',
            (error: { cause?: { message?: string } }) => error.cause?.message ?? 'no reason',
          );
      expect(await refusal(sql`update audit_log set role = 'PUBLIC'`)).toMatch(
        /append-only: UPDATE refused/,
      );
      expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only: DELETE refused/);
      expect(await refusal(sql`truncate audit_log`)).toMatch(/append-only: TRUNCATE refused/);
    },
  );

  it('reads a legal representative with a sound token, and records it', async () => {
    const answer = await post(
      hub.gatewayUrl,
      READ_REPRESENTATIVE,
      { id: representative.facilityId },
      bearer(donre),
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.text).toContain(representative.fullName);
    expect(await latestRow('environment')).toMatchObject({
      request_id: answer.requestId,
      subject: 'can.bo@stnmt.hanoi',
      fields: ['Facility.legalRepresentative', 'Person.fullName'],
    });
  });

  it("refuses DOIT setting a facility's legal representative, changes nothing, and DONRE's trail records it", async () => {
    const read = () =>
      post(hub.gatewayUrl, READ_REPRESENTATIVE, { id: representative.facilityId }, bearer(donre));
    const before = (await read()).body.data;
    const doit = await testToken({ role: 'DOIT', sub: 'can.bo@sct.hanoi' });
    const answer = await post(
      hub.gatewayUrl,
      'mutation ($input: SetLegalRepresentativeInput!) { setLegalRepresentative(input: $input) { id } }',
      { input: { facilityId: representative.facilityId, fullName: 'Nguyễn Văn Thay' } },
      bearer(doit),
    );
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect((await read()).body.data).toEqual(before);
    expect((await denials('environment', 'Mutation.setLegalRepresentative'))[0]).toEqual({
      subject: 'can.bo@sct.hanoi',
      role: 'DOIT',
      outcome: 'DENIED',
      denied_fields: ['Mutation.setLegalRepresentative'],
    });
  });

  it("refuses an operator's data file for another facility's station, and DONRE's trail records it", async () => {
    const operator = await testToken({
      role: 'OPERATOR',
      sub: 'van.hanh@nha-may',
      facilityIds: [otherFacilityId],
    });
    const at = new Date('2025-06-02T03:00:00Z');
    const time = monitoringFileName(station.code, at).slice(-18, -4);
    const parameter = station.parameters[0] ?? 'COD';
    const answer = await post(
      hub.gatewayUrl,
      'mutation ($fileName: String!, $content: String!) { ingestMonitoringFile(fileName: $fileName, content: $content) { accepted } }',
      {
        fileName: monitoringFileName(station.code, at),
        content: `${parameter}\t1.0\tmg/L\t${time}\t00\n`,
      },
      bearer(operator),
    );
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect((await denials('environment', 'Mutation.ingestMonitoringFile'))[0]).toEqual({
      subject: 'van.hanh@nha-may',
      role: 'OPERATOR',
      outcome: 'DENIED',
      denied_fields: ['Mutation.ingestMonitoringFile'],
    });
  });

  it('gives a signed token whose sub holds NUL no personal data, only an error', async () => {
    const token = await crafted({ sub: 'officer\u0000x', role: 'DONRE' });
    const before = await auditRows('environment');
    for (const url of [hub.gatewayUrl, hub.subgraphs.environment?.http.url ?? '']) {
      const direct = url !== hub.gatewayUrl;
      const answer = await post(
        url,
        READ_REPRESENTATIVE,
        { id: representative.facilityId },
        { ...bearer(token), ...(direct ? gatewayProofHeaders('environment') : {}) },
      );
      expect(answer.text).not.toContain(representative.fullName);
      expect(answer.body.errors?.length ?? 0).toBeGreaterThan(0);
      expect(codes(answer)).toContain('UNAUTHENTICATED');
      expect(answer.status).toBe(401);
    }
    // nothing was read, so nothing is owed to the trail
    expect(await auditRows('environment')).toBe(before);
  });

  it('withholds personal data when its audit row cannot be written, with AUDIT_NOT_WRITTEN', async () => {
    await breakAuditTable('environment');
    try {
      const before = await auditRows('environment');
      const answer = await post(
        hub.gatewayUrl,
        READ_REPRESENTATIVE,
        { id: representative.facilityId },
        bearer(donre),
      );
      expect(answer.text).not.toContain(representative.fullName);
      expect(codes(answer)).toContain('AUDIT_NOT_WRITTEN');
      const error = answer.body.errors?.find((e) => e.extensions?.code === 'AUDIT_NOT_WRITTEN');
      expect(error?.message).toMatch(/nhật ký.*\/ The access could not be recorded/);
      // the database's own words stay in the log
      expect(answer.text).not.toContain('audit table out of order');
      expect(await auditRows('environment')).toBe(before);
    } finally {
      await repairAuditTable('environment');
    }
    const again = await post(
      hub.gatewayUrl,
      READ_REPRESENTATIVE,
      { id: representative.facilityId },
      bearer(donre),
    );
    expect(again.body.errors).toBeUndefined();
    expect(again.text).toContain(representative.fullName);
  });

  it("withholds a case file's suspects from the police when the row cannot be written", async () => {
    const investigator = await testToken({ role: 'POLICE' });
    await breakAuditTable('police');
    try {
      const answer = await post(
        hub.gatewayUrl,
        READ_SUSPECTS,
        { id: caseFile.violationId },
        bearer(investigator),
      );
      expect(codes(answer)).toContain('AUDIT_NOT_WRITTEN');
      for (const suspect of caseFile.suspects) expect(answer.text).not.toContain(suspect.fullName);
      if (caseFile.criminalCaseRef) expect(answer.text).not.toContain(caseFile.criminalCaseRef);
    } finally {
      await repairAuditTable('police');
    }
    const again = await post(
      hub.gatewayUrl,
      READ_SUSPECTS,
      { id: caseFile.violationId },
      bearer(investigator),
    );
    expect(again.body.errors).toBeUndefined();
  });

  it.each([
    [
      'a sub longer than 128 characters',
      () => crafted({ sub: 'x'.repeat(129), role: 'DONRE' }),
      /longer than 128/,
    ],
    [
      'a sub with a right-to-left override',
      () => crafted({ sub: 'officer\u202eadmin', role: 'DONRE' }),
      /not printable/,
    ],
    [
      'an iat an hour in the future',
      () => {
        const now = Math.floor(Date.now() / 1000);
        return crafted({ sub: 'officer', role: 'DONRE', iat: now + 3600, exp: now + 7200 });
      },
      /iat is in the future/,
    ],
    [
      'a lifetime of two days',
      () => {
        const now = Math.floor(Date.now() / 1000);
        return crafted({ sub: 'officer', role: 'DONRE', iat: now, exp: now + 2 * 86_400 });
      },
      /lives longer than 43200 s/,
    ],
  ])('refuses a token with %s as UNAUTHENTICATED, saying why', async (_, make, reason) => {
    const token = await make();
    for (const [url, headers] of [
      [hub.gatewayUrl, {}],
      [hub.subgraphs.environment?.http.url ?? '', gatewayProofHeaders('environment')],
    ] as const) {
      const answer = await post(
        url,
        READ_REPRESENTATIVE,
        { id: representative.facilityId },
        {
          ...bearer(token),
          ...headers,
        },
      );
      expect(answer.status).toBe(401);
      expect(answer.body.data ?? null).toBeNull();
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      expect(answer.body.errors?.[0]?.message).toMatch(reason);
    }
  });

  it('replaces an X-Request-Id that is not a UUID, in the answer and in the audit row', async () => {
    for (const id of [
      'donre-0001',
      "1' or '1'='1",
      `${'a'.repeat(8)}-${'b'.repeat(4)}-xxxx-cccc-${'d'.repeat(12)}`,
    ]) {
      const answer = await post(
        hub.gatewayUrl,
        READ_REPRESENTATIVE,
        { id: representative.facilityId },
        {
          ...bearer(donre),
          'x-request-id': id,
        },
      );
      expect(answer.requestId).not.toBe(id);
      expect(answer.requestId).toMatch(UUID);
      expect((await latestRow('environment'))?.request_id).toBe(answer.requestId);
    }
    const uuid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const kept = await post(
      hub.gatewayUrl,
      READ_REPRESENTATIVE,
      { id: representative.facilityId },
      {
        ...bearer(donre),
        'x-request-id': uuid,
      },
    );
    expect(kept.requestId).toBe(uuid);
    expect((await latestRow('environment'))?.request_id).toBe(uuid);
  });

  it('keeps X-Purpose as plain text of at most 200 characters', async () => {
    const purposeOf = async (header: string, direct = false) => {
      await post(
        direct ? (hub.subgraphs.environment?.http.url ?? '') : hub.gatewayUrl,
        READ_REPRESENTATIVE,
        { id: representative.facilityId },
        {
          ...bearer(donre),
          ...(direct ? gatewayProofHeaders('environment') : {}),
          'x-purpose': header,
        },
      );
      return (await latestRow('environment'))?.purpose;
    };
    const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

    const long = `CV-${'1234567890'.repeat(40)}`;
    expect(await purposeOf(long)).toBe(long.slice(0, 200));
    // C1 controls (a terminal's CSI among them), a tab, a bidirectional override: gone
    expect(await purposeOf('VKS\u0085-2026\u009b31m\t017')).toBe('VKS -2026 31m 017');
    expect(await purposeOf(utf8('Công văn\u202e 12/UBND'))).toBe('Công văn 12/UBND');
    // the subgraph reads the header again when it is called without the gateway's reading
    expect(await purposeOf(utf8('Quyết định\u2066 5\u2069'), true)).toBe('Quyết định 5');
    expect(await purposeOf('\u0085\u009b')).toBeNull();
  });
});
