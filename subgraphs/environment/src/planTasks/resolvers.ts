import type { Resolvers } from '../generated/resolvers';

export const planTaskResolvers: Resolvers = {
  Query: {
    planTasks: (_, __, ctx) => ctx.planTasks.repository.all(),
  },
  Mutation: {
    recordPlanTaskProgress: (_, { input }, ctx) => ctx.planTasks.manager.recordProgress(input),
  },
  PlanTask: {
    __resolveReference: (reference, ctx) => ctx.planTasks.byId.load(reference.id),
    notes: (task, _, ctx) => ctx.planTasks.notes.load(task.id),
  },
};
