import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AccessDeclaration } from '../src';

const SUBGRAPHS = fileURLToPath(new URL('../../../subgraphs/', import.meta.url));

/** `scope?: RowScope` or `scope: RowScope = …`: a scope a caller may leave out. */
const DEFAULTED = /\b\w+\s*(\?\s*:\s*RowScope\b|:\s*RowScope\s*=)/g;
/** A repository class and its constructor's parameters. */
const REPOSITORY =
  /export class (\w+Repository)\b[^{]*\{(?:(?!export class)[\s\S])*?constructor\s*\(([^)]*)\)/g;

function unscopedParameters(source: string): string[] {
  return [...source.matchAll(DEFAULTED)].map((m) => m[0]);
}

/**
 * The repository classes of a source whose constructor takes no `RowScope`
 * and that the subgraph's access declaration does not name as reading
 * without one.
 */
function undeclaredUnscoped(source: string, declared: Record<string, string>): string[] {
  return [...source.matchAll(REPOSITORY)]
    .filter(([, , parameters]) => !/:\s*RowScope\b/.test(parameters ?? ''))
    .map(([, name]) => name ?? '')
    .filter((name) => !(name in declared));
}

function repositories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : repositories(path);
    return entry.name.endsWith('Repository.ts') ? [path] : [];
  });
}

async function declarationOf(subgraph: string): Promise<AccessDeclaration> {
  const module = (await import(
    pathToFileURL(join(SUBGRAPHS, subgraph, 'src/access.ts')).href
  )) as Record<string, AccessDeclaration>;
  const declaration = module[`${subgraph}Access`];
  if (!declaration)
    throw new Error(`subgraphs/${subgraph}/src/access.ts exports no ${subgraph}Access`);
  return declaration;
}

describe('row scope', () => {
  it('finds a planted default or optional scope', () => {
    expect(
      unscopedParameters(
        "constructor(private readonly db: Database, private readonly scope: RowScope = { kind: 'all' }) {}",
      ),
    ).toHaveLength(1);
    expect(unscopedParameters('constructor(db: Database, scope?: RowScope) {}')).toHaveLength(1);
    expect(
      unscopedParameters('constructor(db: Database, private readonly scope: RowScope) {}'),
    ).toEqual([]);
  });

  it('finds a planted repository that takes no scope and is not declared', () => {
    const planted = `
      export class WasteRepository {
        constructor(private readonly db: Database<typeof schema>) {}
        all() { return this.db.select().from(waste); }
      }
      export class PermitRepository {
        constructor(
          private readonly db: Database<typeof schema>,
          private readonly scope: RowScope,
        ) {}
      }`;
    expect(undeclaredUnscoped(planted, {})).toEqual(['WasteRepository']);
    expect(undeclaredUnscoped(planted, { WasteRepository: 'public reference data' })).toEqual([]);
  });

  it('is a required parameter of every repository of every subgraph', () => {
    const files = readdirSync(SUBGRAPHS).flatMap((s) => repositories(join(SUBGRAPHS, s, 'src')));
    expect(files.length).toBeGreaterThan(10);
    const unscoped = files.flatMap((file) =>
      unscopedParameters(readFileSync(file, 'utf8')).map((p) => `${file}: ${p}`),
    );
    expect(unscoped).toEqual([]);
  });

  it.each(readdirSync(SUBGRAPHS))(
    'is taken by every repository of %s, or the repository is declared unscoped in its access.ts with why',
    async (subgraph) => {
      const declared = (await declarationOf(subgraph)).unscopedRepositories ?? {};
      const sources = repositories(join(SUBGRAPHS, subgraph, 'src')).map((file) =>
        readFileSync(file, 'utf8'),
      );
      const classes = sources.flatMap((source) =>
        [...source.matchAll(REPOSITORY)].map(([, name]) => name),
      );
      expect(sources.flatMap((source) => undeclaredUnscoped(source, declared))).toEqual([]);
      // a declaration naming no repository is stale: the class was renamed or now takes a scope
      const unscopedClasses = new Set(sources.flatMap((source) => undeclaredUnscoped(source, {})));
      expect(Object.keys(declared).filter((name) => !unscopedClasses.has(name))).toEqual([]);
      expect(classes.length).toBeGreaterThan(0);
    },
    30_000,
  );
});
