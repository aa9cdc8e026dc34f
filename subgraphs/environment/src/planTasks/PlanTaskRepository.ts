import { type Database, equalsAny, findRowsByIds, loadManyByUuids } from '@ipc-hub/db';
import { asc, eq, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { planTaskNotes, planTasks } from '../db/schema';
import type { PlanTaskModel, PlanTaskNoteModel } from '../models';

export class PlanTaskRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  all(): Promise<PlanTaskModel[]> {
    return this.db.select().from(planTasks).orderBy(asc(planTasks.number));
  }

  findByIds(ids: readonly string[]): Promise<Array<PlanTaskModel | null>> {
    return findRowsByIds(this.db, planTasks, ids);
  }

  notesOf(taskIds: readonly string[]): Promise<PlanTaskNoteModel[][]> {
    return loadManyByUuids(
      taskIds,
      (row) => row.taskId,
      (uuids) =>
        this.db
          .select()
          .from(planTaskNotes)
          .where(equalsAny(planTaskNotes.taskId, uuids, 'uuid'))
          .orderBy(asc(planTaskNotes.notedOn), asc(planTaskNotes.recordedAt)),
    );
  }

  async addNote(values: typeof planTaskNotes.$inferInsert): Promise<void> {
    await this.db.insert(planTaskNotes).values(values);
  }

  async setStatus(id: string, status: PlanTaskModel['status']): Promise<void> {
    await this.db
      .update(planTasks)
      .set({ status, updatedAt: sql`now()` })
      .where(eq(planTasks.id, id));
  }
}
