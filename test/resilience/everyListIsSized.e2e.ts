import { CostIndex } from '@ipc-hub/server-kit';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_SUBGRAPHS } from '../support/subgraphDefinitions';

/**
 * The cost model assumes the longest page for a list nobody sized: a new
 * list field without @listSize would make every query through it look a
 * thousand times dearer, or, sized carelessly, hide an attack. This walks
 * every list field of the four SDLs.
 */
describe('the list sizes', () => {
  it.each(ALL_SUBGRAPHS.map((s) => [s.name, s] as const))(
    'cover every list field of the %s subgraph',
    (_, definition) => {
      expect(CostIndex.fromSdl(definition.typeDefs).unsizedLists()).toEqual([]);
    },
  );

  it('catch a list field planted without @listSize', () => {
    const zones = ALL_SUBGRAPHS.find((s) => s.name === 'zones');
    if (!zones) throw new Error('no zones subgraph');
    const planted = parse(
      `${print(zones.typeDefs)}\nextend type IndustrialZone { neighbours: [IndustrialZone!]! @tag(name: "public") }`,
    );
    expect(CostIndex.fromSdl(planted).unsizedLists()).toEqual(['IndustrialZone.neighbours']);
  });
});
