import type { Database } from './openDatabase';

const statements = new WeakMap<Database, Map<string, unknown>>();

/**
 * A query whose SQL drizzle builds once per database handle instead of on
 * every call: building it (walking its tables, columns and conditions) is a
 * sixth of the CPU of a one-key entity lookup, which a small federated query
 * makes in every subgraph. `build` returns the query as `prepare('')`, its
 * values as `sql.placeholder`s; `name` tells the queries apart
 * (`Repository.method`). The empty statement name is PostgreSQL's unnamed
 * statement, the one drizzle sends for an ordinary query: the server still
 * parses and plans each call for its own values; only the SQL text is kept.
 * A transaction is a handle of its own, so its statements run in it.
 */
export function reusedStatement<Statement>(
  db: Database,
  name: string,
  build: () => Statement,
): Statement {
  let byName = statements.get(db);
  if (!byName) {
    byName = new Map();
    statements.set(db, byName);
  }
  let statement = byName.get(name) as Statement | undefined;
  if (statement === undefined) {
    statement = build();
    byName.set(name, statement);
  }
  return statement;
}
