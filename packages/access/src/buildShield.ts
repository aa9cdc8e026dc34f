import { forbidden } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import type { Role } from '@ipc-hub/registry';
import { type DocumentNode, Kind } from 'graphql';
import { type IMiddleware, middleware } from 'graphql-middleware';
import { allow, deny, type IRules, rule, shield } from 'graphql-shield';
import type { AuditRecorder } from './AuditRecorder';
import { type DataClass, dataClassesOf } from './dataClasses';
import type { RecordScopes } from './defineAccess';
import { AGENCY_ROLES, inScope, type RowScope } from './rowScope';
import { writersOf } from './writers';

/** What the rules read from a subgraph's context. */
export interface AccessContext {
  identity: Identity;
  scope: RowScope;
  audit: AuditRecorder;
}

/** Who reads natural persons' data (docs/access.md's table): DONRE and the police. */
export const PERSONAL_DATA_READERS: readonly Role[] = ['DONRE', 'POLICE'];
/** Who reads case files: the police. */
export const CASE_DATA_READERS: readonly Role[] = ['POLICE'];

/** docs/access.md's table: who may read each class. */
function roleMayRead(
  dataClass: DataClass,
  identity: Identity,
  handledBy?: string | null,
): 'yes' | 'scoped' | 'no' {
  // A record handed to one agency: its personal data is that agency's alone, its internal
  // fields that agency's, the city's and (scoped) the area officers'; no other agency's.
  if (handledBy != null && dataClass !== 'public') {
    if (identity.role === handledBy) return 'yes';
    if (dataClass !== 'internal') return 'no';
    if (identity.role === 'CITY') return 'yes';
    return identity.role === 'AREA' ? 'scoped' : 'no';
  }
  switch (dataClass) {
    case 'public':
      return 'yes';
    case 'personal':
      return PERSONAL_DATA_READERS.includes(identity.role) ? 'yes' : 'no';
    case 'case':
      return CASE_DATA_READERS.includes(identity.role) ? 'yes' : 'no';
    case 'internal':
      if (AGENCY_ROLES.has(identity.role)) return 'yes';
      return identity.role === 'AREA' || identity.role === 'OPERATOR' ? 'scoped' : 'no';
  }
}

/**
 * Who may call one mutation: the roles of its writer tags, nobody else. The
 * rule runs before the resolver, so a refused write reads no input and
 * changes nothing; the refusal goes to the audit trail.
 */
function writerRule(field: string, roles: readonly string[]) {
  const name = `Mutation.${field}`;
  return rule(`${name} writers`, { cache: 'contextual' })(
    (_parent: unknown, _args: unknown, ctx: AccessContext) => {
      if (roles.includes(ctx.identity.role)) return true;
      ctx.audit.denial(name, null);
      return false;
    },
  );
}

/** Federation's own fields: the gateway needs them whoever the caller is. */
const FEDERATION: Record<string, Record<string, IRules>> = {
  Query: { _service: allow, _entities: allow },
  _Service: { sdl: allow },
};

/**
 * Turns a subgraph's SDL into graphql-shield rules: deny by default, every
 * field allowed by its data class and the caller's role, internal fields of
 * records outside an AREA or OPERATOR caller's scope denied, reads of
 * personal and case data and every denial recorded for the audit trail.
 * Each mutation is allowed to the roles its `writer:ROLE` tags name, and a
 * refused write is recorded like a refused read. `ownRoles` is the role of
 * the agency running the subgraph (its registry entry), known to its writer
 * tags even before the registry's role list is rebuilt with it.
 *
 * graphql-shield wraps every field of the schema in an async middleware;
 * for a field whose rule is `allow` that wrapper decides nothing, and on a
 * list of 1 000 records the public fields are most of the fields — the
 * wrappers were most of the subgraph's time (`pnpm bench`, field access).
 * So the middleware shield generates is dropped for the fields it would
 * allow whoever asks, and a field read by its data class is wrapped in its
 * check, run synchronously in the resolver's own call: the same verdicts
 * and audit records, without a promise per field. graphql-shield keeps the
 * writers' rules, the @external fields and deny-by-default.
 */
export function buildShield(
  typeDefs: DocumentNode,
  recordScopes: RecordScopes = {},
  ownRoles: readonly string[] = [],
) {
  const { rules, readChecks } = accessRules(typeDefs, recordScopes, ownRoles);
  const generator = shield(rules as IRules, {
    fallbackRule: rule('deny-by-default', { cache: 'contextual' })(() => false),
    fallbackError: () => forbidden(),
    allowExternalErrors: true,
  });
  return middleware((schema) => {
    const generated = generator.generate(schema) as Record<string, Record<string, unknown>>;
    for (const [type, fields] of Object.entries(rules)) {
      const wrappers = generated[type];
      if (!wrappers) continue;
      for (const [field, fieldRule] of Object.entries(fields)) {
        if (fieldRule === allow) {
          delete wrappers[field];
          continue;
        }
        // a read's check needs no promise: decided in the resolver's own call, then resolved
        const check = readChecks.get(type)?.get(field);
        if (check) wrappers[field] = readGuard(check);
      }
    }
    return generated as IMiddleware;
  });
}

/** A field wrapped by its read check: resolved when allowed, else the field's FORBIDDEN error. */
function readGuard(check: ReadCheck) {
  return (
    resolve: (parent: unknown, args: unknown, ctx: AccessContext, info: unknown) => unknown,
    parent: unknown,
    args: unknown,
    ctx: AccessContext,
    info: unknown,
  ) => {
    if (!check(parent, ctx)) throw forbidden();
    return resolve(parent, args, ctx, info);
  };
}

/** A read of one field of one record: allowed or not, the read or the denial recorded for the audit trail. */
type ReadCheck = (parent: unknown, ctx: AccessContext) => boolean;

/**
 * The check of every field that is not public, by type and field: its data
 * class against the caller's role and, for a record with a scope, the
 * caller's row scope (docs/access.md). Pure but for the audit recorder, and
 * synchronous: the same check serves graphql-shield's rule and the wrapper
 * `buildShield` puts on the field in its place.
 */
function readChecksOf(
  classes: ReturnType<typeof dataClassesOf>,
  recordScopes: RecordScopes,
): Map<string, Map<string, ReadCheck>> {
  const checks = new Map<string, Map<string, ReadCheck>>();
  for (const [type, fields] of classes) {
    const scopeOf = recordScopes[type];
    const ofType = new Map<string, ReadCheck>();
    for (const [field, dataClass] of fields) {
      if (dataClass === 'public') continue;
      const name = `${type}.${field}`;
      ofType.set(field, (parent, ctx) => {
        const record = scopeOf && parent ? scopeOf(parent as never) : null;
        const recordId = record?.id ?? record?.facilityId ?? null;
        const verdict = roleMayRead(dataClass, ctx.identity, record?.handledBy);
        const allowed =
          verdict === 'yes' || (verdict === 'scoped' && (!record || inScope(ctx.scope, record)));
        if (allowed) ctx.audit.read(name, dataClass, recordId);
        else ctx.audit.denial(name, recordId);
        return allowed;
      });
    }
    checks.set(type, ofType);
  }
  return checks;
}

/** The @external fields of the object types, as [type, field]. */
function externalFieldsOf(typeDefs: DocumentNode): [string, string][] {
  return typeDefs.definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION
      ? (d.fields ?? [])
          .filter((f) => (f.directives ?? []).some((x) => x.name.value === 'external'))
          .map((f): [string, string] => [d.name.value, f.name.value])
      : [],
  );
}

/** The rule of every field of a subgraph's SDL (and of federation's own fields), by type and field. */
export function shieldRules(
  typeDefs: DocumentNode,
  recordScopes: RecordScopes = {},
  ownRoles: readonly string[] = [],
): Record<string, Record<string, IRules>> {
  return accessRules(typeDefs, recordScopes, ownRoles).rules;
}

/** The rules, and the read checks the rules of the fields read by data class are made of. */
function accessRules(
  typeDefs: DocumentNode,
  recordScopes: RecordScopes,
  ownRoles: readonly string[],
): {
  rules: Record<string, Record<string, IRules>>;
  readChecks: Map<string, Map<string, ReadCheck>>;
} {
  const classes = dataClassesOf(typeDefs);
  const strays = Object.keys(recordScopes).filter((type) => !classes.has(type));
  if (strays.length > 0) {
    throw new Error(
      `record scopes for types the SDL does not have (a renamed type leaves its records unscoped): ${strays.join(', ')}`,
    );
  }
  const readChecks = readChecksOf(classes, recordScopes);
  const rules: Record<string, Record<string, IRules>> = {};
  const writers = writersOf(typeDefs, ownRoles);
  if (writers.size > 0) {
    rules.Mutation = Object.fromEntries(
      [...writers].map(([field, roles]) => [field, writerRule(field, roles)]),
    );
  }
  for (const [type, fields] of classes) {
    rules[type] = {};
    for (const [field, dataClass] of fields) {
      const check = readChecks.get(type)?.get(field);
      if (!check) {
        rules[type][field] = allow;
        continue;
      }
      // A rule that reads only the context is cached per request. One that reads the parent is
      // not cached at all: hashing every parent for graphql-shield's 'strict' cache costs more
      // than the check, which is pure, and the audit recorder keeps each read once.
      const dependsOnParent = dataClass !== 'case' && recordScopes[type] !== undefined;
      rules[type][field] = rule(`${type}.${field}`, {
        cache: dependsOnParent ? 'no_cache' : 'contextual',
      })((parent: unknown, _args: unknown, ctx: AccessContext) => check(parent, ctx));
    }
  }
  // Another subgraph's fields this one only receives in representations (@requires): never resolved here.
  for (const [type, field] of externalFieldsOf(typeDefs)) {
    rules[type] = { ...(rules[type] ?? {}), [field]: deny };
  }
  for (const [type, fields] of Object.entries(FEDERATION)) {
    rules[type] = {
      ...(rules[type] ?? {}),
      ...(fields as Record<string, IRules>),
    };
  }
  return { rules, readChecks };
}
