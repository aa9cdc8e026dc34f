import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dashboardMix } from '../src/dashboardMix';

const supergraph = buildSchema(
  readFileSync(new URL('../../../gateway/supergraph.graphql', import.meta.url), 'utf8'),
  { assumeValidSDL: true },
);
const mix = dashboardMix({
  adminUnitCode: '017',
  facilityId: '00000000-0000-4000-8000-000000000000',
});

describe('the dashboard mix', () => {
  it.each(mix.map((request) => [request.name, request.query] as const))(
    '%s is a valid query of the supergraph',
    (_, query) => {
      expect(validate(supergraph, parse(query)).map((e) => e.message)).toEqual([]);
    },
  );

  it('asks as the public and as several signed-in roles', () => {
    const roles = new Set(mix.map((request) => request.caller.role));
    expect(roles.has('PUBLIC')).toBe(true);
    expect(roles.size).toBeGreaterThanOrEqual(6);
  });
});
