import { badUserInput } from '@ipc-hub/errors';
import type { GatewayClient } from '@ipc-hub/server-kit';

/**
 * Checks another agency's records that a zone record refers to, through the
 * gateway and as the caller, before anything is written: HIZA keeps only the
 * reference (a facility id, a unit code), never a copy of DONRE's tables.
 */
export class ReferenceChecker {
  constructor(private readonly gateway: GatewayClient) {}

  /** A unit a zone can lie in: a district or commune of DONRE's list (not the city itself). */
  async requireAdminUnit(code: string, field: string): Promise<void> {
    const { adminUnit } = await this.gateway.request<{
      adminUnit: { code: string; level: string } | null;
    }>('query ($code: String!) { adminUnit(code: $code) { code level } }', { code });
    if (!adminUnit) {
      throw badUserInput(field, {
        vi: `Không có đơn vị hành chính mã ${code}`,
        en: `${code} is not an administrative unit`,
      });
    }
    if (adminUnit.level === 'PROVINCE') {
      throw badUserInput(field, {
        vi: 'Khu phải thuộc một quận, huyện, thị xã hoặc xã, phường, không phải cả thành phố',
        en: 'a zone lies in a district or commune, not in the city as a whole',
      });
    }
  }

  /** A facility of DONRE's registry. */
  async requireFacility(id: string, field: string): Promise<void> {
    const { facility } = await this.gateway.request<{ facility: { id: string } | null }>(
      'query ($id: ID!) { facility(id: $id) { id } }',
      { id },
    );
    if (!facility) {
      throw badUserInput(field, {
        vi: `Không có cơ sở ${id} trong danh bạ của Sở Tài nguyên và Môi trường`,
        en: `facility ${id} is not in DONRE's registry`,
      });
    }
  }
}
