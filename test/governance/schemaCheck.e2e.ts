import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentHash } from '@ipc-hub/gateway/trusted-documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ZONES_SDL = 'subgraphs/zones/schema.graphql';
/** Zone.kind with its description, which the load generator's registered zones list selects */
const KIND = /^ {2}"""\n {2}Loại khu \/[^\n]*\n {2}"""\n {2}kind: ZoneKind!.*\n/m;

/**
 * The schema check as CI runs it (`pnpm schema:check` in `.ci/run`), on a
 * clone of this commit with one change made to it: the command composes the
 * changed SDL and compares it with the commit's supergraph (the clone's main).
 */
describe('CI’s schema check, run as CI runs it on a change', () => {
  let clone: string;
  let pristineSdl: string;
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'ipc-hub-schema-check-'));
    execFileSync('git', ['clone', '--quiet', '--local', ROOT, clone]);
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--offline', '--silent'], {
      cwd: clone,
      stdio: 'ignore',
    });
    pristineSdl = readFileSync(join(clone, ZONES_SDL), 'utf8');
  }, 180_000);
  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  const schemaCheck = () =>
    spawnSync('pnpm', ['--silent', 'schema:check'], {
      cwd: clone,
      env: { ...process.env, SCHEMA_BASE_REF: 'HEAD' },
      encoding: 'utf8',
    });
  const editZones = (edit: (sdl: string) => string) =>
    writeFileSync(join(clone, ZONES_SDL), edit(pristineSdl));

  it('fails a field removed from a subgraph, naming it and the registered operation that used it', () => {
    expect(pristineSdl).toMatch(KIND);
    editZones((sdl) => sdl.replace(KIND, ''));
    const answer = schemaCheck();
    expect(answer.status).toBe(1);
    expect(answer.stdout).toMatch(
      /\[BREAKING\] Field 'kind' was removed from object type 'IndustrialZone'/,
    );
    expect(answer.stdout).toMatch(/loadgen/);
  }, 120_000);

  it('passes a field added to a subgraph', () => {
    editZones((sdl) =>
      sdl.replace(KIND, (line) => `${line}  plannedExtensionHa: Float @tag(name: "public")\n`),
    );
    const answer = schemaCheck();
    expect(answer.stdout).toMatch(/Field 'plannedExtensionHa' was added/);
    expect(answer.status).toBe(0);
  }, 120_000);

  it('fails a registered operation that no longer validates, with the schema unchanged', () => {
    editZones((sdl) => sdl);
    const document = 'query AgencyZones { zones(first: 1) { totalCount noSuchField } }';
    writeFileSync(
      join(clone, 'trusted-documents/agency-x.json'),
      JSON.stringify({ client: 'agency-x', operations: { [documentHash(document)]: document } }),
    );
    const answer = schemaCheck();
    expect(answer.status).toBe(1);
    expect(answer.stdout).toMatch(/agency-x/);
  }, 120_000);
});
