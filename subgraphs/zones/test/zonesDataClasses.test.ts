import { dataClassesOf } from '@ipc-hub/access';
import { describe, expect, it } from 'vitest';
import { zonesSubgraph } from '../src/server';

describe("the zones subgraph's data classes", () => {
  // The access tests (test/access/zonesAccess.e2e.ts) ask no personal or case field because there
  // is none: a field of either class added here needs its cells in that table first.
  it('holds no personal data and no case file', () => {
    const sensitive = [...dataClassesOf(zonesSubgraph.typeDefs)].flatMap(([type, fields]) =>
      [...fields]
        .filter(([, dataClass]) => dataClass === 'personal' || dataClass === 'case')
        .map(([field]) => `${type}.${field}`),
    );
    expect(sensitive).toEqual([]);
  });

  it('gives the public the zones, their plants and who their tenants are, and keeps tenancy details and projects internal', () => {
    const classes = dataClassesOf(zonesSubgraph.typeDefs);
    expect(Object.fromEntries(classes.get('ZoneTenancy') ?? [])).toEqual({
      zone: 'public',
      facility: 'public',
      investmentCertificate: 'internal',
      connectedToPlant: 'internal',
      since: 'internal',
    });
    expect(Object.fromEntries(classes.get('Facility') ?? [])).toEqual({
      id: 'public',
      zone: 'public',
      zoneTenancy: 'internal',
      investmentProjects: 'internal',
    });
    expect([...(classes.get('IndustrialZone')?.values() ?? [])].every((c) => c === 'public')).toBe(
      true,
    );
    expect(
      [...(classes.get('ZoneWastewaterPlant')?.values() ?? [])].every((c) => c === 'public'),
    ).toBe(true);
    expect(classes.get('Query')?.get('investmentProjects')).toBe('internal');
  });
});
