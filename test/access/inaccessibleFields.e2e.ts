import { gatewayProofHeaders, type TestStack, testToken } from '@ipc-hub/testing';
import {
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/postGraphQL';
import { startHub } from '../support/startHub';
import { ALL_SUBGRAPHS } from '../support/subgraphDefinitions';

/**
 * The `@inaccessible` fields are how one agency hands another what the
 * plan's report needs, through the gateway's query plan; clients cannot ask
 * for them at the gateway. Called directly on a subgraph — as if the
 * gateway's proof had leaked — they must give the public nothing the public
 * could not read through the gateway. Every such field of every subgraph's
 * SDL is found here, so a new one is checked without touching this file.
 */

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

/** A key to call each entity type by; an entity type with an @inaccessible field needs one here. */
const SAMPLE_KEYS: Record<string, Record<string, string>> = { PlanReport: { id: '2025' } };

const hasDirective = (
  node: { directives?: readonly { name: { value: string } }[] },
  name: string,
) => (node.directives ?? []).some((d) => d.name.value === name);

function objectTypes(sdl: DocumentNode): Map<string, FieldDefinitionNode[]> {
  const types = new Map<string, FieldDefinitionNode[]>();
  for (const d of sdl.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    types.set(d.name.value, [
      ...(types.get(d.name.value) ?? []),
      ...((d as ObjectNode).fields ?? []),
    ]);
  }
  return types;
}

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

/** Every field of the type's object types, nested, as a selection set. */
function selectionOf(type: TypeNode, types: Map<string, FieldDefinitionNode[]>, depth = 0): string {
  const fields = types.get(namedType(type));
  if (!fields || depth > 4) return '';
  const inner = fields
    .filter((f) => !hasDirective(f, 'external'))
    .map((f) => `${f.name.value} ${selectionOf(f.type, types, depth + 1)}`);
  return `{ ${inner.join(' ')} }`;
}

/** What a representation carries for an @external field the subgraph receives (nothing known). */
function emptyValueOf(type: TypeNode): unknown {
  if (type.kind !== Kind.NON_NULL_TYPE) return null;
  return type.type.kind === Kind.LIST_TYPE ? [] : '';
}

interface Target {
  subgraph: string;
  type: string;
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

function inaccessibleFields(): Target[] {
  const targets: Target[] = [];
  for (const definition of ALL_SUBGRAPHS) {
    const sdl = definition.typeDefs as DocumentNode;
    const types = objectTypes(sdl);
    const keyed = new Set(
      sdl.definitions
        .filter(
          (d): d is ObjectNode =>
            (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
            hasDirective(d, 'key'),
        )
        .map((d) => d.name.value),
    );
    for (const [type, fields] of types) {
      for (const field of fields.filter((f) => hasDirective(f, 'inaccessible'))) {
        const selection = `${field.name.value} ${selectionOf(field.type, types)}`;
        if (type === 'Query') {
          targets.push({
            subgraph: definition.name,
            type,
            field: field.name.value,
            query: `{ ${selection} }`,
            variables: {},
          });
          continue;
        }
        expect(
          keyed.has(type),
          `${definition.name}: ${type}.${field.name.value} is on an entity`,
        ).toBe(true);
        const key = SAMPLE_KEYS[type];
        if (!key) throw new Error(`give ${type} a sample key in SAMPLE_KEYS`);
        const representation: Record<string, unknown> = { __typename: type, ...key };
        for (const external of fields.filter((f) => hasDirective(f, 'external'))) {
          representation[external.name.value] = emptyValueOf(external.type);
        }
        targets.push({
          subgraph: definition.name,
          type,
          field: field.name.value,
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`,
          variables: { r: [representation] },
        });
      }
    }
  }
  return targets;
}

const TARGETS = inaccessibleFields();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

interface Answer {
  status: number;
  body: {
    data?: { _entities?: Array<Record<string, unknown> | null> } & Record<string, unknown>;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

describe('@inaccessible feeder fields called directly on a subgraph', () => {
  let hub: TestStack;
  let city: string;

  async function call(target: Target, headers: Record<string, string>): Promise<Answer> {
    const url = hub.subgraphs[target.subgraph]?.http.url;
    if (!url) throw new Error(`no ${target.subgraph} subgraph`);
    const answer = await postGraphQL(
      url,
      { query: target.query, variables: target.variables },
      headers,
    );
    return answer as Answer;
  }

  const fieldValue = (target: Target, answer: Answer): unknown =>
    target.type === 'Query'
      ? answer.body.data?.[target.field]
      : answer.body.data?._entities?.[0]?.[target.field];

  /** Whether the public reads this violation through the gateway. */
  async function publicReadsViolation(id: string): Promise<boolean> {
    const data = await hub
      .client()
      .request<{ violation: { id: string } | null }>(
        'query ($id: ID!) { violation(id: $id) { id } }',
        { id },
      );
    return data.violation !== null;
  }

  /**
   * What the public may be handed: unit codes (public), items marked public,
   * violations the public reads through the gateway, and sealed values that
   * show nothing. Any other row is a leak.
   */
  async function expectPublicMayRead(target: Target, value: unknown, clearForCity: string) {
    const where = `${target.subgraph}: ${target.type}.${target.field}`;
    if (value === null || value === undefined) return;
    if (typeof value === 'string') {
      // a sealed value: opaque, whatever it hides
      expect(target.field, `${where} is a sealed value`).toMatch(/SealedFacts$/);
      const decoded = Buffer.from(value, 'base64url').toString('latin1');
      expect(() => JSON.parse(decoded), where).toThrow();
      for (const id of clearForCity.match(UUID) ?? []) {
        expect(value.includes(id) || decoded.includes(id), `${where} shows ${id}`).toBe(false);
      }
      return;
    }
    expect(Array.isArray(value), where).toBe(true);
    for (const row of value as unknown[]) {
      if (typeof row === 'string') {
        // a list of codes or ids: only unit codes are public
        expect(target.field, `${where} hands the public ${row}`).toBe('scopeUnitCodes');
        continue;
      }
      const record = row as Record<string, unknown>;
      if (Array.isArray(record.items)) {
        // a computed indicator: its figures are public, its items only when public
        for (const item of record.items as Array<Record<string, unknown>>) {
          expect(item.public, `${where}: item ${String(item.subjectId)}`).toBe(true);
        }
        continue;
      }
      if (typeof record.violationId === 'string') {
        expect(
          await publicReadsViolation(record.violationId),
          `${where}: ${record.violationId}`,
        ).toBe(true);
        continue;
      }
      throw new Error(`${where} hands the public a record: ${JSON.stringify(record)}`);
    }
  }

  beforeAll(async () => {
    hub = await startHub();
    city = await testToken({ role: 'CITY' });
  });
  afterAll(() => hub?.close());

  it('finds the feeder fields in the SDLs', () => {
    const names = TARGETS.map((t) => `${t.subgraph}:${t.type}.${t.field}`);
    // the fields the plan's report is made of, at the least
    expect(names).toEqual(
      expect.arrayContaining([
        'police:PlanReport.openViolations',
        'industry:PlanReport.facilityCertifications',
        'industry:PlanReport.completedRelocations',
        'zones:PlanReport.zoneIndicators',
        'environment:PlanReport.approvedFacilityIds',
      ]),
    );
  });

  it.each(TARGETS.map((t) => [`${t.subgraph}: ${t.type}.${t.field}`, t] as const))(
    '%s gives the public only what it reads through the gateway',
    async (_, target) => {
      const asCity = await call(target, {
        ...gatewayProofHeaders(target.subgraph),
        authorization: `Bearer ${city}`,
      });
      expect(asCity.body.errors, 'the city reads it').toBeUndefined();
      const asPublic = await call(target, gatewayProofHeaders(target.subgraph));
      expect(asPublic.status).toBe(200);
      const refused = (asPublic.body.errors ?? []).every((e) => e.extensions?.code === 'FORBIDDEN');
      expect(refused, JSON.stringify(asPublic.body.errors)).toBe(true);
      await expectPublicMayRead(
        target,
        fieldValue(target, asPublic),
        JSON.stringify(fieldValue(target, asCity)),
      );
    },
  );

  it('withholds from the public what the city is handed: unpublished violations, certifications, relocations, projects, approvals', async () => {
    const withheld = async (field: string) => {
      const target = TARGETS.find((t) => t.field === field);
      if (!target) throw new Error(`no ${field}`);
      const cityValue = fieldValue(
        target,
        await call(target, {
          ...gatewayProofHeaders(target.subgraph),
          authorization: `Bearer ${city}`,
        }),
      );
      const publicValue = fieldValue(
        target,
        await call(target, gatewayProofHeaders(target.subgraph)),
      );
      return { cityValue, publicValue };
    };
    const violations = await withheld('openViolations');
    expect((violations.cityValue as unknown[]).length).toBeGreaterThan(
      (violations.publicValue as unknown[]).length,
    );
    for (const field of ['facilityCertifications', 'completedRelocations', 'approvedFacilityIds']) {
      const { cityValue, publicValue } = await withheld(field);
      expect((cityValue as unknown[]).length, `${field} as the city`).toBeGreaterThan(0);
      expect(publicValue, `${field} as the public`).toEqual([]);
    }
    const zones = await withheld('zoneIndicators');
    const items = (value: unknown) =>
      (value as Array<{ items: unknown[] }>).reduce(
        (n, indicator) => n + indicator.items.length,
        0,
      );
    expect(items(zones.cityValue)).toBeGreaterThan(items(zones.publicValue));
  });

  it.each(TARGETS.map((t) => [`${t.subgraph}: ${t.type}.${t.field}`, t] as const))(
    '%s refuses a call without the gateway’s proof (401)',
    async (_, target) => {
      for (const headers of [{}, { authorization: `Bearer ${city}` }] as Record<string, string>[]) {
        const answer = await call(target, headers);
        expect(answer.status).toBe(401);
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    },
  );
});
