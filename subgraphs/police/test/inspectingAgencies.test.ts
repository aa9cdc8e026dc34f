import { AGENCY_ROLES } from '@ipc-hub/registry';
import { describe, expect, it } from 'vitest';
import { inspectingAgency } from '../src/db/schema';
import { INSPECTING_AGENCIES } from '../src/inspections/inspectingAgencies';
import { policeSubgraph } from '../src/server';

describe('the agencies that inspect', () => {
  it("are the registry's agencies and the district committee, police first", () => {
    expect(INSPECTING_AGENCIES[0]).toBe('POLICE');
    expect([...INSPECTING_AGENCIES].sort()).toEqual([...AGENCY_ROLES, 'DISTRICT_COMMITTEE'].sort());
  });

  it('are the values of the database enum and of the SDL enum, in that order', () => {
    expect(inspectingAgency.enumValues).toEqual([...INSPECTING_AGENCIES]);
    const sdlEnum = policeSubgraph.typeDefs.definitions.find(
      (d) => d.kind === 'EnumTypeDefinition' && d.name.value === 'InspectingAgency',
    );
    const values =
      sdlEnum?.kind === 'EnumTypeDefinition' ? (sdlEnum.values ?? []).map((v) => v.name.value) : [];
    expect(values).toEqual([...INSPECTING_AGENCIES]);
  });
});
