import { isUuid } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import type { GatewayClient } from '@ipc-hub/server-kit';

/** What the police keep of a DONRE facility: its id, and the unit a record happened in. */
export interface RegisteredFacility {
  id: string;
  adminUnitCode: string;
}

const FACILITY = 'query ($id: ID!) { facility(id: $id) { id adminUnit { code } } }';

/**
 * DONRE's facility registry, asked through the gateway as the caller. Every
 * record the police write names a facility that exists there; the police
 * never read DONRE's tables nor copy more of a facility than these two keys.
 */
export class RegisteredFacilities {
  constructor(private readonly gateway: GatewayClient) {}

  /**
   * The facility, or BAD_USER_INPUT naming `field` when DONRE has none with
   * this id. Call it before the transaction: a slow gateway must not hold
   * locks. DONRE being down is AGENCY_UNAVAILABLE, and nothing is written.
   */
  async require(id: string, field = 'input.facilityId'): Promise<RegisteredFacility> {
    const data = isUuid(id)
      ? await this.gateway.request<{
          facility: { id: string; adminUnit: { code: string } } | null;
        }>(FACILITY, { id })
      : { facility: null };
    if (!data.facility) {
      throw badUserInput(field, {
        vi: `Không có cơ sở mã ${id} trong danh bạ của Sở Tài nguyên và Môi trường`,
        en: `${field.split('.').at(-1)} ${id} is not a facility of DONRE's registry`,
      });
    }
    return { id: data.facility.id, adminUnitCode: data.facility.adminUnit.code };
  }
}
