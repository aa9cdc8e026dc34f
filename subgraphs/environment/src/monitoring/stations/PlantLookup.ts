import { isUuid } from '@ipc-hub/db';
import type { GatewayClient } from '@ipc-hub/server-kit';

/**
 * Asks HIZA and DOIT, through the gateway and as the caller, about the zone
 * or cluster whose central plant a station monitors, or the investment
 * project an approval is granted to: that it exists, and the district it is
 * in. DONRE keeps only the id and the district.
 */
export class PlantLookup {
  constructor(private readonly gateway: GatewayClient) {}

  /** The district of a zone, or null if HIZA has no such zone. */
  async zoneUnit(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const data = await this.gateway.request<{ zone: { adminUnit: { code: string } } | null }>(
      'query ($id: ID!) { zone(id: $id) { adminUnit { code } } }',
      { id },
    );
    return data.zone?.adminUnit.code ?? null;
  }

  /** The district of a cluster, or null if DOIT has no such cluster. */
  async clusterUnit(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const data = await this.gateway.request<{ cluster: { adminUnit: { code: string } } | null }>(
      'query ($id: ID!) { cluster(id: $id) { adminUnit { code } } }',
      { id },
    );
    return data.cluster?.adminUnit.code ?? null;
  }

  /** The district of an investment project's zone, or null if HIZA has no such project. */
  async projectUnit(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const data = await this.gateway.request<{
      investmentProject: { zone: { adminUnit: { code: string } } | null } | null;
    }>('query ($id: ID!) { investmentProject(id: $id) { zone { adminUnit { code } } } }', { id });
    return data.investmentProject?.zone?.adminUnit.code ?? null;
  }

  /** The unit of an investment project's cluster, or null if DOIT has no such project. */
  async clusterProjectUnit(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const data = await this.gateway.request<{
      clusterInvestmentProject: { cluster: { adminUnit: { code: string } } | null } | null;
    }>(
      'query ($id: ID!) { clusterInvestmentProject(id: $id) { cluster { adminUnit { code } } } }',
      {
        id,
      },
    );
    return data.clusterInvestmentProject?.cluster?.adminUnit.code ?? null;
  }
}
