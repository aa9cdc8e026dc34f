import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TEST_FILES } from '../isolatedFiles';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIPPED = new Set(['node_modules', 'dist', '.data', '.git']);

/** Every test file of the workspace, relative to its root. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.(test|e2e)\.ts$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

describe('test files that share a process', () => {
  it('are all but those that mock a module, which run in a process of their own', () => {
    const files = testFiles(ROOT);
    expect(files.length).toBeGreaterThan(100);
    const mocking = files.filter((file) =>
      /\bvi\.(mock|doMock)\(/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(mocking).toContain('packages/db/test/clusterCache.test.ts');
    expect(mocking.filter((file) => !ISOLATED_TEST_FILES.includes(file))).toEqual([]);
  });
});
