import { pageWindow, toConnection } from '@ipc-hub/db';
import type { EnvironmentContext } from '../context';
import type { AdminUnitFilter, AdminUnitRecord } from './AdminUnitRepository';

interface ListArgs {
  filter?: AdminUnitFilter | null;
  first?: number | null;
  after?: string | null;
}

export const adminUnitResolvers = {
  Query: {
    adminUnit: (_: unknown, { code }: { code: string }, ctx: EnvironmentContext) =>
      ctx.adminUnits.byCode.load(code),
    adminUnits: async (_: unknown, args: ListArgs, ctx: EnvironmentContext) => {
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
    __resolveReference: (reference: { code: string }, ctx: EnvironmentContext) =>
      ctx.adminUnits.byCode.load(reference.code),
    parent: (unit: AdminUnitRecord, _: unknown, ctx: EnvironmentContext) =>
      unit.parentCode ? ctx.adminUnits.byCode.load(unit.parentCode) : null,
    children: (unit: AdminUnitRecord, _: unknown, ctx: EnvironmentContext) =>
      ctx.adminUnits.children.load(unit.code),
  },
};
