import { pageWindow, toConnection } from '@ipc-hub/db';
import { todayInHanoi } from '@ipc-hub/server-kit';
import { hanoiUnit } from '@ipc-hub/units';
import type { Resolvers } from '../generated/resolvers';

export const adminUnitResolvers: Resolvers = {
  Query: {
    adminUnit: (_, { code }, ctx) => ctx.adminUnits.byCode.load(code),
    adminUnits: async (_, args, ctx) => {
      const window = pageWindow(args, 1);
      // The units in force on the day asked, today unless told: Hanoi's 126 communes and wards
      // since the reform, its 30 districts before.
      const at = args.filter?.at ?? todayInHanoi();
      const all = await ctx.adminUnits.repository.list({ ...args.filter, at });
      // A bounded reference list (157 units across the 2025 reform): paged in memory.
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
    // Across the reform, from @ipc-hub/units, the one list the seed also writes.
    formedFrom: async (unit, _, ctx) =>
      present(await ctx.adminUnits.byCode.loadMany(hanoiUnit(unit.code)?.formedFrom ?? [])),
    successors: async (unit, _, ctx) =>
      present(await ctx.adminUnits.byCode.loadMany(hanoiUnit(unit.code)?.successors ?? [])),
  },
};

/** The units found, in order; a code the table does not hold is left out, a failed load thrown. */
function present<T>(loaded: ReadonlyArray<T | Error | null | undefined>): T[] {
  const failed = loaded.find((u) => u instanceof Error);
  if (failed) throw failed;
  return loaded.filter((u): u is T => u !== null && u !== undefined && !(u instanceof Error));
}
