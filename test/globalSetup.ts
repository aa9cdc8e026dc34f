import { dropTemplates, prepareTemplates } from '@ipc-hub/testing';
import type { TestProject } from 'vitest/node';
import { ALL_SUBGRAPHS } from './support/subgraphDefinitions';

/**
 * Once per run: a migrated, seeded template database per subgraph, on the
 * PostgreSQL server of TEST_DATABASE_URL (CI) or in PGlite directories.
 */
export default async function setup(project: TestProject) {
  const templates = await prepareTemplates(ALL_SUBGRAPHS, process.env.TEST_DATABASE_URL);
  project.provide('databaseTemplates', templates);
  return () => dropTemplates(templates);
}
