import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed, type HanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import type * as schema from './db/schema';
import { caseFiles, inspections, sanctions, suspects, violations } from './db/schema';

/**
 * The police's part of the Hanoi demo data: five years of inspections, the
 * shared seed's violations linked to them, sanctions and case files.
 */
export function seedPolice(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, violations, async (tx) => {
    await insertPoliceSeed(tx, generateHanoiSeed());
  });
}

/** The police's part of a base seed of any scale (the bench's too), in the caller's transaction; the rows written per table. */
export async function insertPoliceSeed(
  tx: Database<typeof schema>,
  seed: HanoiSeed,
): Promise<Record<string, number>> {
  const police = generatePoliceSeed(seed);
  await insertInChunks(tx, inspections, police.inspections, 9);
  await insertInChunks(tx, violations, police.violations, 14);
  await insertInChunks(tx, sanctions, police.sanctions, 10);
  await insertInChunks(
    tx,
    caseFiles,
    police.caseFiles.map(({ suspects: _, ...caseFile }) => caseFile),
    6,
  );
  await insertInChunks(
    tx,
    suspects,
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
