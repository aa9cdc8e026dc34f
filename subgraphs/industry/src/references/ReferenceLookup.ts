import type { GatewayClient } from '@ipc-hub/server-kit';

/**
 * Asks the other agencies, through the gateway and as the caller, about the
 * records a DOIT write refers to — a facility of DONRE's registry, a zone of
 * HIZA's, an administrative unit — before anything is written. DOIT never
 * reads their tables and keeps only the id.
 */
export class ReferenceLookup {
  constructor(private readonly gateway: GatewayClient) {}

  /** The facility with the unit it is in: DOIT keeps that unit on its records so area officers' scope is decided in its own SQL. */
  async facility(id: string): Promise<{ id: string; adminUnit: { code: string } } | null> {
    const data = await this.gateway.request<{
      facility: { id: string; adminUnit: { code: string } } | null;
    }>('query ($id: ID!) { facility(id: $id) { id adminUnit { code } } }', { id });
    return data.facility;
  }

  /** The facility with whether its sector is one of the high-risk groups (Kế hoạch 150). */
  async facilitySector(
    id: string,
  ): Promise<{ id: string; highRiskSector: boolean; adminUnit: { code: string } } | null> {
    const data = await this.gateway.request<{
      facility: { id: string; highRiskSector: boolean; adminUnit: { code: string } } | null;
    }>('query ($id: ID!) { facility(id: $id) { id highRiskSector adminUnit { code } } }', { id });
    return data.facility;
  }

  /** The facility with the industrial zone it is a tenant of (HIZA), if any. */
  async facilityZone(id: string): Promise<{ id: string; zone: { id: string } | null } | null> {
    const data = await this.gateway.request<{
      facility: { id: string; zone: { id: string } | null } | null;
    }>('query ($id: ID!) { facility(id: $id) { id zone { id } } }', { id });
    return data.facility;
  }

  async zone(id: string): Promise<{ id: string } | null> {
    const data = await this.gateway.request<{ zone: { id: string } | null }>(
      'query ($id: ID!) { zone(id: $id) { id } }',
      { id },
    );
    return data.zone;
  }

  async adminUnit(code: string): Promise<{ code: string } | null> {
    const data = await this.gateway.request<{ adminUnit: { code: string } | null }>(
      'query ($code: String!) { adminUnit(code: $code) { code } }',
      { code },
    );
    return data.adminUnit;
  }
}
