import { pageWindow, toConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';

export const adminUnitResolvers: Resolvers = {
  Query: {
    adminUnit: (_, { code }, ctx) => ctx.adminUnits.byCode.load(code),
    adminUnits: async (_, args, ctx) => {
      const window = pageWindow(args, 1);
      const all = await ctx.adminUnits.repository.list(args.filter ?? {});
      // A bounded reference list (31 units today, some 160 after the 2025 reform): paged in memory.
      const after = window.after?.[0];
      const rows = (after === undefined ? all : all.filter((u) => u.code > String(after))).slice(
        0,
        window.fetch,
      );
      return toConnection(
        rows,
        window,
        (row) => [row.code],
        async () => all.length,
      );
    },
  },
  AdministrativeUnit: {
    __resolveReference: (reference, ctx) => ctx.adminUnits.byCode.load(reference.code),
    parent: (unit, _, ctx) =>
      unit.parentCode ? ctx.adminUnits.byCode.load(unit.parentCode) : null,
    children: (unit, _, ctx) => ctx.adminUnits.children.load(unit.code),
  },
};
