import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import type * as schema from './db/schema';
import { caseFiles, inspections, sanctions, suspects, violations } from './db/schema';

/**
 * The police's part of the Hanoi demo data: five years of inspections, the
 * shared seed's violations linked to them, sanctions and case files.
 */
export function seedPolice(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, violations, async (tx) => {
    const police = generatePoliceSeed(generateHanoiSeed());
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
  });
}
