import type { RecordScope } from './rowScope';

/**
 * Where one record of a type sits (its facility, its unit, its
 * publication), read from the record its resolvers return, so that an
 * internal field of a record outside an AREA or OPERATOR caller's scope is
 * denied. `id` names the record in the audit trail.
 */
export type RecordScopeOf<Parent> = (parent: Parent) => RecordScope & { id?: string | null };

/**
 * The record scope of a record that carries its own id, facility and unit
 * (a station, a relocation case, a violation): the common case.
 */
export const placedRecord: RecordScopeOf<{
  id: string;
  facilityId: string | null;
  adminUnitCode: string | null;
}> = (record) => ({
  id: record.id,
  facilityId: record.facilityId,
  adminUnitCode: record.adminUnitCode,
});

/**
 * A subgraph's record scopes by SDL type. A type without one is scoped in
 * the SQL of its lists only (`scopeCondition`).
 */
// `never`: each type's record has its own shape, and a function of any parameter fits here.
export type RecordScopes = Record<string, RecordScopeOf<never>>;

/**
 * A subgraph's access declaration, beside its data classes: the SDL tags
 * each field's class and each mutation's writers; this says where each
 * type's records sit. It lives in `src/access.ts` of the subgraph and is
 * the `access` of its definition (docs/access.md).
 */
export interface AccessDeclaration {
  recordScopes: RecordScopes;
  /**
   * The repositories that take no caller's scope, by class name, each with
   * why: every other `*Repository` of the subgraph takes a `RowScope` its
   * caller must give (`everyRepositoryIsScoped.test.ts` checks both).
   */
  unscopedRepositories?: Record<string, string>;
}

/**
 * Declares a subgraph's access. Checked when the schema is built
 * (`shieldRules`): a record scope naming a type the SDL does not have stops
 * the subgraph from starting.
 */
export function defineAccess<const Declaration extends AccessDeclaration>(
  declaration: Declaration,
): Declaration {
  for (const [type, scopeOf] of Object.entries(declaration.recordScopes)) {
    if (typeof scopeOf !== 'function')
      throw new Error(`the record scope of ${type} is not a function`);
  }
  return declaration;
}
