import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SUBGRAPHS = fileURLToPath(new URL('../../../subgraphs/', import.meta.url));

/** `scope?: RowScope` or `scope: RowScope = …`: a scope a caller may leave out. */
const DEFAULTED = /\b\w+\s*(\?\s*:\s*RowScope\b|:\s*RowScope\s*=)/g;

function unscopedParameters(source: string): string[] {
  return [...source.matchAll(DEFAULTED)].map((m) => m[0]);
}

function repositories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : repositories(path);
    return entry.name.endsWith('Repository.ts') ? [path] : [];
  });
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

  it('is a required parameter of every repository of every subgraph', () => {
    const files = readdirSync(SUBGRAPHS).flatMap((s) => repositories(join(SUBGRAPHS, s, 'src')));
    expect(files.length).toBeGreaterThan(10);
    const unscoped = files.flatMap((file) =>
      unscopedParameters(readFileSync(file, 'utf8')).map((p) => `${file}: ${p}`),
    );
    expect(unscoped).toEqual([]);
  });
});
