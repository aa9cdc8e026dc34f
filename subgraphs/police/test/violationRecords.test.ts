import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { type SeededSubgraph, startSeededSubgraph, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policeSubgraph } from '../src/server';

const police = generatePoliceSeed(generateHanoiSeed());

const FACILITY_RECORDS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility {
  id
  violations { id status inspection { id } sanction { decisionNumber fineVnd paidOn violation { id } }
    caseFile { criminalCaseRef suspects { fullName idNumber } } }
  inspections { id }
} } }`;

describe('violations with their sanctions and case files', () => {
  let subgraph: SeededSubgraph<Record<string, unknown>>;
  // inspections and case files are not the public's: these read as a police officer
  let officer: Record<string, string>;
  beforeAll(async () => {
    subgraph = await startSeededSubgraph(policeSubgraph);
    officer = { authorization: `Bearer ${await testToken({ role: 'POLICE' })}` };
  });
  afterAll(() => subgraph?.close());

  const data = <T>(query: string, variables: Record<string, unknown> = {}) =>
    subgraph.data<T>(query, variables, officer);

  it('shows a prosecuted violation with its decision, fine as an exact string, and case file', async () => {
    const caseFile = police.caseFiles[0];
    if (!caseFile) throw new Error('the seed has no case file');
    const sanction = police.sanctions.find((s) => s.violationId === caseFile.violationId);
    const { violation } = await data<{ violation: Record<string, unknown> }>(
      `query ($id: ID!) { violation(id: $id) { id status
        sanction { decisionNumber decidedOn decidingAuthority fineVnd suspensionMonths otherPenalties remedialMeasures paidOn }
        caseFile { openedOn evidence investigatorNotes criminalCaseRef violation { id }
          suspects { fullName idNumber dateOfBirth phone } }
      } }`,
      { id: caseFile.violationId },
    );
    expect(violation).toEqual({
      id: caseFile.violationId,
      status: 'PROSECUTED',
      sanction: {
        decisionNumber: sanction?.decisionNumber,
        decidedOn: sanction?.decidedOn,
        decidingAuthority: sanction?.decidingAuthority,
        fineVnd: sanction?.fineVnd === null ? null : String(sanction?.fineVnd),
        suspensionMonths: sanction?.suspensionMonths,
        otherPenalties: sanction?.otherPenalties,
        remedialMeasures: sanction?.remedialMeasures,
        paidOn: sanction?.paidOn,
      },
      caseFile: {
        openedOn: caseFile.openedOn,
        evidence: caseFile.evidence,
        investigatorNotes: caseFile.investigatorNotes,
        criminalCaseRef: caseFile.criminalCaseRef,
        violation: { id: caseFile.violationId },
        suspects: caseFile.suspects.map(({ id: _, ...person }) => person),
      },
    });
  });

  it('serves the largest fine exactly, as a string of digits', async () => {
    const large = police.sanctions.reduce((a, b) =>
      (b.fineVnd ?? 0n) > (a.fineVnd ?? 0n) ? b : a,
    );
    expect(large.fineVnd).toBeGreaterThan(1_000_000_000n);
    const { violation } = await data<{ violation: { sanction: { fineVnd: string } } }>(
      'query ($id: ID!) { violation(id: $id) { sanction { fineVnd } } }',
      { id: large.violationId },
    );
    expect(violation.sanction.fineVnd).toBe(String(large.fineVnd));
  });

  it('leaves detected and dismissed violations without a sanction', async () => {
    const detected = police.violations.find((v) => v.status === 'DETECTED');
    const { violation } = await data<{ violation: { sanction: null; caseFile: null } }>(
      'query ($id: ID!) { violation(id: $id) { sanction { id } caseFile { id } } }',
      { id: detected?.id },
    );
    expect(violation).toEqual({ sanction: null, caseFile: null });
  });

  it("lists a facility's violations of one status", async () => {
    const violation = police.violations.find((v) => v.status === 'REMEDIED');
    const facilityId = violation?.facilityId;
    const { _entities } = await data<{
      _entities: Array<{ remedied: Array<{ id: string }>; all: Array<{ id: string }> }>;
    }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { remedied: violations(status: REMEDIED) { id } all: violations { id } } } }',
      { r: [{ __typename: 'Facility', id: facilityId }] },
    );
    const own = police.violations.filter((v) => v.facilityId === facilityId);
    expect(_entities[0]?.remedied.map((v) => v.id).sort()).toEqual(
      own
        .filter((v) => v.status === 'REMEDIED')
        .map((v) => v.id)
        .sort(),
    );
    expect(_entities[0]?.all).toHaveLength(own.length);
  });

  it('filters violations by the inspection that found them', async () => {
    const inspectionId = police.violations.find((v) => v.inspectionId)?.inspectionId;
    const { violations } = await data<{ violations: { edges: Array<{ node: { id: string } }> } }>(
      'query ($id: ID!) { violations(filter: { inspectionId: $id }) { edges { node { id } } } }',
      { id: inspectionId },
    );
    expect(violations.edges.map((e) => e.node.id).sort()).toEqual(
      police.violations
        .filter((v) => v.inspectionId === inspectionId)
        .map((v) => v.id)
        .sort(),
    );
  });

  it('costs the same statements for 10 facilities with all their records as for every facility', async () => {
    const all = [...new Set(police.violations.map((v) => v.facilityId))];
    // the ten reach every loader: a case file with suspects, a sanction, an inspection
    const facilityOf = new Map(police.violations.map((v) => [v.id, v.facilityId]));
    const ten = [
      ...new Set([
        facilityOf.get(police.caseFiles[0]?.violationId ?? ''),
        ...police.sanctions.map((s) => facilityOf.get(s.violationId)),
      ]),
    ]
      .filter((id): id is string => id !== undefined)
      .slice(0, 10);
    const statementsFor = async (ids: string[]) => {
      const before = subgraph.running.database.statements;
      const { _entities } = await data<{ _entities: Array<{ violations: unknown[] }> }>(
        FACILITY_RECORDS,
        { r: ids.map((id) => ({ __typename: 'Facility', id })) },
      );
      expect(_entities).toHaveLength(ids.length);
      return subgraph.running.database.statements - before;
    };
    const forTen = await statementsFor(ten);
    const forEvery = await statementsFor(all);
    expect(all.length).toBeGreaterThan(250);
    expect(forEvery).toBe(forTen);
    // violations of the facilities, sanctions, each sanction's violation, case files, suspects,
    // the facilities' inspections, the violations' inspections: one statement each; and the
    // request's one audit row, for it read case files
    expect(forTen).toBe(8);
  });
});
