import type { Database } from '@ipc-hub/db';
import { notFound } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import { parseInput, pastDate, present, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import type * as schema from '../db/schema';
import type { PlanTaskModel } from '../models';
import { PlanTaskRepository } from './PlanTaskRepository';
import { planTaskStatus } from './schema';

const recordPlanTaskProgressInput = z.object({
  taskId: z.string(),
  notedOn: pastDate('notedOn'),
  note: text('note', 3, 4000),
  status: z.enum(planTaskStatus.enumValues).nullish(),
});

/** DONRE, the plan's standing agency, records progress on the twelve tasks. */
export class PlanTaskManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly identity: Identity,
  ) {}

  async recordProgress(raw: unknown): Promise<PlanTaskModel> {
    const input = parseInput(recordPlanTaskProgressInput, raw);
    return this.db.transaction(async (tx) => {
      const tasks = new PlanTaskRepository(tx);
      const [task] = await tasks.findByIds([input.taskId]);
      if (!task) throw notFound('PlanTask', input.taskId, 'input.taskId');
      await tasks.addNote({
        taskId: task.id,
        notedOn: input.notedOn,
        note: input.note,
        author: this.identity.sub,
      });
      if (input.status && input.status !== task.status)
        await tasks.setStatus(task.id, input.status);
      const [updated] = await tasks.findByIds([task.id]);
      return present(updated, `plan task ${task.id}`);
    });
  }
}
