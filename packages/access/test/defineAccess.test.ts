import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineAccess, shieldRules } from '../src';

const TYPE_DEFS = parse(`
  type Query { stations: [Station!]! @tag(name: "public") }
  type Station {
    id: ID! @tag(name: "public")
    readings: Int @tag(name: "internal")
  }
`);

describe('a subgraph’s access declaration', () => {
  it('gives a type’s internal fields its record scope', () => {
    const access = defineAccess({
      recordScopes: {
        Station: (station: { id: string; facilityId: string }) => ({
          id: station.id,
          facilityId: station.facilityId,
        }),
      },
    });
    expect(() => shieldRules(TYPE_DEFS, access.recordScopes)).not.toThrow();
  });

  it('refuses a record scope for a type the SDL does not have', () => {
    const access = defineAccess({
      recordScopes: { Stationn: (station: { id: string }) => ({ id: station.id }) },
    });
    expect(() => shieldRules(TYPE_DEFS, access.recordScopes)).toThrow(
      /types the SDL does not have.*Stationn/,
    );
  });

  it('refuses a record scope that is not a function', () => {
    expect(() =>
      defineAccess({ recordScopes: { Station: 'facilityId' as unknown as () => object } }),
    ).toThrow(/record scope of Station/);
  });
});
