/**
 * Test files that replace a module for themselves (`vi.mock`, `vi.doMock`):
 * each runs in a process of its own (the `isolated` project of
 * vitest.config.ts). Every other file shares its worker's loaded modules with
 * the files before it. test/hygiene/testIsolation.e2e.ts fails when a file
 * mocks a module and is not listed here.
 */
export const ISOLATED_TEST_FILES = ['packages/db/test/clusterCache.test.ts'];
