import { type Database, insertInChunks } from '@ipc-hub/db';
import { policeSubgraph } from '@ipc-hub/police';
import type { HanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';

const tables = policeSubgraph.database.schema;

/** The police's part, as `subgraphs/police/src/seed.ts` inserts it, from a base seed of any scale (a copy). */
export async function insertPolice(
  tx: Database<typeof tables>,
  base: HanoiSeed,
): Promise<Record<string, number>> {
  const police = generatePoliceSeed(base);
  await insertInChunks(tx, tables.inspections, police.inspections, 9);
  await insertInChunks(tx, tables.violations, police.violations, 14);
  await insertInChunks(tx, tables.sanctions, police.sanctions, 10);
  await insertInChunks(
    tx,
    tables.caseFiles,
    police.caseFiles.map(({ suspects: _, ...caseFile }) => caseFile),
    6,
  );
  await insertInChunks(
    tx,
    tables.suspects,
    police.caseFiles.flatMap((caseFile) =>
      caseFile.suspects.map((suspect, position) => ({
        ...suspect,
        caseFileId: caseFile.id,
        position,
      })),
    ),
    7,
  );
  return {
    inspections: police.inspections.length,
    violations: police.violations.length,
    sanctions: police.sanctions.length,
    caseFiles: police.caseFiles.length,
  };
}
