import { isUuid } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import type { GatewayClient } from '@ipc-hub/server-kit';
import { hanoiToday, unitNotInForce } from '@ipc-hub/units';

/** What a subgraph may learn of a DONRE facility it refers to. */
export interface OtherAgencyFacility {
  id: string;
  /** The unit the facility is in: kept on the referring record so an area officer's scope is decided in its own SQL. */
  adminUnitCode: string;
  /** Whether its sector is one of Kế hoạch 150's high-risk groups (asked for with `highRiskSector`). */
  highRiskSector?: boolean;
  /** The industrial zone it is a tenant of (HIZA's), or null (asked for with `zone`). */
  zoneId?: string | null;
}

/** What else to learn about a facility; each costs a field, `zone` a call to HIZA too. */
export type FacilityDetail = 'highRiskSector' | 'zone';

const DETAIL_SELECTION: Record<FacilityDetail, string> = {
  highRiskSector: 'highRiskSector',
  zone: 'zone { id }',
};

/**
 * The one way a subgraph checks another agency's record before writing one
 * that refers to it ("is this a facility of DONRE's registry?", "is this a
 * zone of HIZA's?", "is this an administrative unit?"): through the gateway,
 * as the caller, so the other agency applies its own access rules, and
 * before the transaction, so a slow agency holds no locks. A subgraph never
 * reads another agency's tables and keeps only the key. A missing record is
 * BAD_USER_INPUT naming the input field; the other agency being down is
 * AGENCY_UNAVAILABLE (from the gateway client), and nothing is written.
 */
export class OtherAgencyRecords {
  constructor(private readonly gateway: GatewayClient) {}

  /** A facility of DONRE's registry, with the unit it is in and the details asked for. */
  async requireFacility(
    id: string,
    field = 'input.facilityId',
    details: readonly FacilityDetail[] = [],
  ): Promise<OtherAgencyFacility> {
    const selection = ['id', 'adminUnit { code }', ...details.map((d) => DETAIL_SELECTION[d])];
    const { facility } = isUuid(id)
      ? await this.gateway.request<{
          facility: {
            id: string;
            adminUnit: { code: string };
            highRiskSector?: boolean;
            zone?: { id: string } | null;
          } | null;
        }>(`query ($id: ID!) { facility(id: $id) { ${selection.join(' ')} } }`, { id })
      : { facility: null };
    if (!facility) {
      throw badUserInput(field, {
        vi: `Không có cơ sở mã ${id} trong danh bạ của Sở Tài nguyên và Môi trường`,
        en: `${field.split('.').at(-1)} ${id} is not a facility of DONRE's registry`,
      });
    }
    return {
      id: facility.id,
      adminUnitCode: facility.adminUnit.code,
      ...(details.includes('highRiskSector') ? { highRiskSector: facility.highRiskSector } : {}),
      ...(details.includes('zone') ? { zoneId: facility.zone?.id ?? null } : {}),
    };
  }

  /** An industrial zone of HIZA's. */
  async requireZone(id: string, field: string): Promise<void> {
    const { zone } = isUuid(id)
      ? await this.gateway.request<{ zone: { id: string } | null }>(
          'query ($id: ID!) { zone(id: $id) { id } }',
          { id },
        )
      : { zone: null };
    if (!zone) {
      throw badUserInput(field, {
        vi: `Không có khu công nghiệp mã ${id} của Ban Quản lý các khu công nghiệp và chế xuất`,
        en: `${field.split('.').at(-1)} ${id} is not an industrial zone of HIZA's`,
      });
    }
  }

  /**
   * An administrative unit of DONRE's list, in force today (docs/units.md:
   * a former district's code is refused after 30/6/2025, naming the
   * communes formed from it); with `belowCity`, one a record can lie in (a
   * district or commune), not the city itself.
   */
  async requireAdminUnit(code: string, field: string, { belowCity = false } = {}): Promise<void> {
    const { adminUnit } = await this.gateway.request<{
      adminUnit: { code: string; level: string } | null;
    }>('query ($code: String!) { adminUnit(code: $code) { code level } }', { code });
    if (!adminUnit) {
      throw badUserInput(field, {
        vi: `Không có đơn vị hành chính mã ${code}`,
        en: `${field.split('.').at(-1)} ${code} is not an administrative unit`,
      });
    }
    const ended = unitNotInForce(code, hanoiToday(), field.split('.').at(-1));
    if (ended) throw badUserInput(field, ended);
    if (belowCity && adminUnit.level === 'PROVINCE') {
      throw badUserInput(field, {
        vi: 'Phải là một quận, huyện, thị xã hoặc xã, phường, không phải cả thành phố',
        en: 'must be a district or commune, not the city as a whole',
      });
    }
  }
}
