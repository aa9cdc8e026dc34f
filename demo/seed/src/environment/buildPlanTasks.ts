import { planTasks } from './data/planTasks';
import { IdSequence } from './idSequence';
import type { PlanFacts } from './planFacts';
import type { SeedPlanTask, SeedPlanTaskNote } from './types';

export interface PlanTasksBuild {
  tasks: SeedPlanTask[];
  notes: SeedPlanTaskNote[];
}

/** The plan's twelve priority tasks and their dated progress notes, figures taken from `facts`. */
export function buildPlanTasks(root: number, facts: PlanFacts): PlanTasksBuild {
  const tasks: SeedPlanTask[] = [];
  const notes: SeedPlanTaskNote[] = [];
  const taskIds = new IdSequence(root, 'plan-task');
  const noteIds = new IdSequence(root, 'plan-task-note');
  for (const row of planTasks) {
    const task: SeedPlanTask = {
      id: taskIds.next(),
      number: row.number,
      title: row.title,
      leadAgency: row.leadAgency,
      partnerAgencies: row.partnerAgencies,
      timeFrame: row.timeFrame,
      status: row.status,
    };
    tasks.push(task);
    for (const [notedOn, text] of row.notes) {
      const note = typeof text === 'string' ? text : text(facts);
      if (note === null) continue;
      notes.push({
        id: noteIds.next(),
        taskId: task.id,
        notedOn,
        note,
      });
    }
  }
  return { tasks, notes };
}
