import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPERGRAPH_PATH } from '@ipc-hub/gateway';
import { documentHash } from '@ipc-hub/gateway/trusted-documents';
import { describe, expect, it } from 'vitest';
import { readManifests } from '../src/readManifests';
import { checkSchema, formatSchemaCheck } from '../src/schemaCheck';

const main = readFileSync(fileURLToPath(SUPERGRAPH_PATH), 'utf8');
const manifests = readManifests();

/** the lines of Zone.kind (description and field) in the committed supergraph */
const KIND =
  '  """Loại khu / industrial zone, export-processing zone or hi-tech park."""\n' +
  '  kind: ZoneKind! @join__field(graph: ZONES) @tag(name: "public")\n';

/** main's supergraph with Zone.kind's line replaced */
function editZone(replacement: string): string {
  expect(main.split(KIND)).toHaveLength(2);
  return main.replace(KIND, replacement);
}

describe('the schema check CI runs', () => {
  it('passes an additive change: a new field no one uses yet', async () => {
    const proposed = editZone(`${KIND}  plannedExtensionHa: Float @join__field(graph: ZONES)\n`);
    const result = await checkSchema({ base: main, proposed, manifests, accepted: [] });
    expect(result.changes.map((c) => c.message)).toEqual([
      "Field 'plannedExtensionHa' was added to object type 'IndustrialZone'",
    ]);
    expect(result.ok).toBe(true);
  });

  it('fails a removed field, names it, and the registered operations that used it', async () => {
    const proposed = editZone('');
    const result = await checkSchema({ base: main, proposed, manifests, accepted: [] });
    expect(result.ok).toBe(false);
    expect(result.refused.map((c) => c.message)).toContain(
      "Field 'kind' was removed from object type 'IndustrialZone'",
    );
    // the load generator's zones list selects Zone.kind
    expect(result.brokenOperations.map((b) => b.client)).toContain('loadgen');
    expect(formatSchemaCheck(result)).toMatch(/\[BREAKING\] Field 'kind' was removed/);
  });

  it('accepts a breaking change listed as deliberate, unless a registered operation still uses it', async () => {
    const proposed = editZone('');
    const accepted = [
      { change: "Field 'kind' was removed from object type 'IndustrialZone'", reason: 'test' },
    ];
    const used = await checkSchema({ base: main, proposed, manifests, accepted });
    expect(used.refused).toEqual([]);
    expect(used.ok).toBe(false);
    const unused = await checkSchema({
      base: main,
      proposed,
      accepted,
      manifests: manifests.map((m) => ({
        ...m,
        operations: Object.fromEntries(
          Object.entries(m.operations).filter(([, d]) => !/\bkind\b/.test(d)),
        ),
      })),
    });
    expect(unused.ok).toBe(true);
  });

  it('fails a registered operation that no longer validates, with no schema change at all', async () => {
    const document = '{ zones(first: 1) { totalCount noSuchField } }';
    const result = await checkSchema({
      base: main,
      proposed: main,
      accepted: [],
      manifests: [{ client: 'agency-x', operations: { [documentHash(document)]: document } }],
    });
    expect(result.changes).toEqual([]);
    expect(result.ok).toBe(false);
    expect(result.brokenOperations[0]?.client).toBe('agency-x');
  });

  it('passes the committed supergraph and manifests as they are', async () => {
    const result = await checkSchema({ base: main, proposed: main, manifests, accepted: [] });
    expect(result.ok).toBe(true);
  });
});
