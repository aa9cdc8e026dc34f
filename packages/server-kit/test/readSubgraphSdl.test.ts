import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSubgraphSdl } from '../src/graphql/loadTypeDefs';

function sdlOf(own: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ipc-hub-sdl-')), 'schema.graphql');
  writeFileSync(path, own);
  return readSubgraphSdl(path);
}

const typeNames = (sdl: string) =>
  parse(sdl)
    .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION ? d.name.value : ''));

describe('readSubgraphSdl', () => {
  it('appends the audit trail to every subgraph, and no plan fact one does not name', () => {
    const names = typeNames(sdlOf('type Query { hello: String }'));
    expect(names).toEqual(['Query', 'AuditEntry', 'AuditEntryConnection', 'AuditEntryEdge']);
  });

  it('appends a plan fact the subgraph names, with the facts it names in turn, once each', () => {
    const own = `scalar Date
type PlanReport { plantEvidence: [PlantEvidenceFact!]! evidenceAgain: PlantEvidenceFact }
type Query { x: PlanReport }`;
    const names = typeNames(sdlOf(own));
    expect(names.filter((n) => n.endsWith('Fact'))).toEqual([
      'PlantEvidenceFact',
      'ParameterExceedanceFact',
    ]);
    // as written once, with its directives: shared and never readable by clients
    expect(sdlOf(own)).toContain('type PlantEvidenceFact @shareable @inaccessible {');
  });

  it('appends nothing for a name that is only in a comment', () => {
    const names = typeNames(sdlOf('# see OpenViolationFact\ntype Query { hello: String }'));
    expect(names).not.toContain('OpenViolationFact');
  });
});
