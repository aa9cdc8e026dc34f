import type { monitoringParameters } from '../../db/schema';

export type MonitoringParameter = typeof monitoringParameters.$inferSelect;

/** The parameters the hub knows, by code (case-insensitive, as files write them) and by id. */
export class ParameterCatalog {
  private readonly byCode: ReadonlyMap<string, MonitoringParameter>;
  private readonly byId: ReadonlyMap<number, MonitoringParameter>;

  constructor(parameters: readonly MonitoringParameter[]) {
    this.byCode = new Map(parameters.map((p) => [p.code.toUpperCase(), p]));
    this.byId = new Map(parameters.map((p) => [p.id, p]));
  }

  code(code: string): MonitoringParameter | undefined {
    return this.byCode.get(code.trim().toUpperCase());
  }

  id(id: number): MonitoringParameter | undefined {
    return this.byId.get(id);
  }
}
