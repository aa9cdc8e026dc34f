import { badUserInput, forbidden } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import { hanoiUnit, REFORM_DAY } from '@ipc-hub/units';
import { formatDong } from '../sanctions/formatDong';

/** Who found or sanctioned a violation in the police's register. */
export type AuthorityKind = 'POLICE' | 'DONRE_INSPECTORATE' | 'COMMUNE_CHAIRMAN';

export interface Authority {
  kind: AuthorityKind;
  /** the commune whose People's Committee chairman acted; null for the city's agencies */
  unitCode: string | null;
}

/**
 * The commune codes an area officer's token names. A former district's code
 * gives no power to write: the district's People's Committee is gone since
 * 1/7/2025, and with it its chairman's power to sanction.
 */
function communesOf(identity: Identity): string[] {
  return identity.adminUnits.filter((code) => hanoiUnit(code)?.level === 'COMMUNE');
}

function unitLabel(code: string): string {
  const unit = hanoiUnit(code);
  if (!unit) return code;
  // a commune's name carries its kind (Xã Thư Lâm); a district's does not (Đông Anh)
  return unit.level === 'COMMUNE'
    ? `${unit.name} (${code})`
    : `${unit.kind} ${unit.name} (${code})`;
}

/**
 * The authority recording a violation found at a facility that stands in
 * `facilityUnitCode` today, on `detectedOn`: the police and DONRE's
 * inspectorate anywhere in the city; an area officer (the commune People's
 * Committee chairman's office) only at a facility in one of its communes and
 * only from 1/7/2025, when the commune's chairman took that power.
 */
export function recordingAuthority(
  identity: Identity,
  facilityUnitCode: string,
  detectedOn: string,
): Authority {
  if (identity.role === 'POLICE') return { kind: 'POLICE', unitCode: null };
  if (identity.role === 'DONRE') return { kind: 'DONRE_INSPECTORATE', unitCode: null };
  if (identity.role !== 'AREA') throw forbidden('input.facilityId');
  const communes = communesOf(identity);
  if (!communes.includes(facilityUnitCode)) {
    throw forbidden('input.facilityId', {
      vi: `Cơ sở nằm ở ${unitLabel(facilityUnitCode)}, ngoài xã, phường của anh/chị (${communes.join(', ') || 'không có xã, phường nào'}): Chủ tịch Ủy ban nhân dân cấp xã chỉ lập biên bản vi phạm trên địa bàn mình`,
      en: `the facility is in ${unitLabel(facilityUnitCode)}, outside your communes (${communes.join(', ') || 'none'}): a commune chairman records violations in the commune only`,
    });
  }
  if (detectedOn < REFORM_DAY) {
    throw badUserInput('input.detectedOn', {
      vi: `Xã, phường được thành lập từ ngày 01/07/2025; vi phạm phát hiện ngày ${detectedOn} do Công an hoặc thanh tra Sở Tài nguyên và Môi trường lập biên bản`,
      en: `communes exist from ${REFORM_DAY}; a violation detected on ${detectedOn} is recorded by the police or DONRE's inspectorate`,
    });
  }
  return { kind: 'COMMUNE_CHAIRMAN', unitCode: facilityUnitCode };
}

/**
 * The refusal of a sanction for a violation outside the officer's communes —
 * the same whether the violation exists or not, and naming no unit of it, so
 * that it tells nothing of records the officer may not read (docs/access.md).
 */
export function outsideCommunes(identity: Identity) {
  const communes = communesOf(identity);
  return forbidden('input.violationId', {
    vi: `Vi phạm không thuộc xã, phường của anh/chị (${communes.join(', ') || 'không có xã, phường nào'}): Chủ tịch Ủy ban nhân dân cấp xã chỉ xử phạt vi phạm trên địa bàn mình`,
    en: `the violation is not one of your communes' (${communes.join(', ') || 'none'}): a commune chairman sanctions violations in the commune only`,
  });
}

/**
 * The authority deciding a sanction for a violation kept in `violationUnitCode`:
 * the police and DONRE's inspectorate anywhere; an area officer only for a
 * violation in one of its communes, decided from 1/7/2025.
 */
export function sanctioningAuthority(
  identity: Identity,
  violationUnitCode: string,
  decidedOn: string,
): Authority {
  if (identity.role === 'POLICE') return { kind: 'POLICE', unitCode: null };
  if (identity.role === 'DONRE') return { kind: 'DONRE_INSPECTORATE', unitCode: null };
  if (identity.role !== 'AREA') throw forbidden('input.violationId');
  const communes = communesOf(identity);
  if (!communes.includes(violationUnitCode)) throw outsideCommunes(identity);
  if (decidedOn < REFORM_DAY) {
    throw badUserInput('input.decidedOn', {
      vi: `Chủ tịch Ủy ban nhân dân xã, phường mới có thẩm quyền xử phạt từ ngày 01/07/2025`,
      en: `a commune chairman decides sanctions from ${REFORM_DAY}`,
    });
  }
  return { kind: 'COMMUNE_CHAIRMAN', unitCode: violationUnitCode };
}

/**
 * The most an authority may fine an organisation by one decision (the
 * facilities in the register are organisations: their cap is twice an
 * individual's). The sector's maximum for environmental protection is
 * 1 000 000 000 đồng for an individual (Luật Xử lý vi phạm hành chính,
 * Điều 24; Nghị định 45/2022/NĐ-CP). docs/units.md gives the sources.
 * Null: no cap here below the sector's maximum (the police's own caps are
 * checked elsewhere).
 */
export function fineCapOf(
  authority: Authority,
  decidedOn: string,
): { maxVnd: bigint; basis: { vi: string; en: string } } | null {
  const afterReform = decidedOn >= REFORM_DAY;
  if (authority.kind === 'COMMUNE_CHAIRMAN') {
    // Nghị định 189/2025/NĐ-CP, Điều 5, khoản 1: 50% of the sector's maximum
    return {
      maxVnd: 1_000_000_000n,
      basis: {
        vi: 'Chủ tịch Ủy ban nhân dân cấp xã phạt tiền đến 50% mức tối đa của lĩnh vực (Nghị định 189/2025/NĐ-CP, Điều 5, khoản 1): 500.000.000 đồng với cá nhân, 1.000.000.000 đồng với tổ chức',
        en: "a commune chairman fines up to 50% of the sector's maximum (Nghị định 189/2025/NĐ-CP, Điều 5, khoản 1): 500 000 000 VND for an individual, 1 000 000 000 VND for an organisation",
      },
    };
  }
  if (authority.kind === 'DONRE_INSPECTORATE') {
    return afterReform
      ? {
          // Nghị định 189/2025/NĐ-CP, Điều 5: a department's director, 80% of the sector's maximum
          maxVnd: 1_600_000_000n,
          basis: {
            vi: 'Giám đốc Sở phạt tiền đến 80% mức tối đa của lĩnh vực (Nghị định 189/2025/NĐ-CP, Điều 5): 800.000.000 đồng với cá nhân, 1.600.000.000 đồng với tổ chức',
            en: "a department's director fines up to 80% of the sector's maximum (Nghị định 189/2025/NĐ-CP, Điều 5): 800 000 000 VND for an individual, 1 600 000 000 VND for an organisation",
          },
        }
      : {
          // Nghị định 45/2022/NĐ-CP, Chương III: the department's chief inspector
          maxVnd: 500_000_000n,
          basis: {
            vi: 'Chánh Thanh tra Sở Tài nguyên và Môi trường phạt tiền đến 250.000.000 đồng với cá nhân, 500.000.000 đồng với tổ chức (Nghị định 45/2022/NĐ-CP, Chương III)',
            en: "DONRE's chief inspector fines up to 250 000 000 VND for an individual, 500 000 000 VND for an organisation (Nghị định 45/2022/NĐ-CP, chapter III)",
          },
        };
  }
  return null;
}

/** Refuses a fine above the authority's cap on `input.fineVnd`, naming the cap and its source. */
export function requireWithinCap(authority: Authority, decidedOn: string, fine: bigint | null) {
  const cap = fineCapOf(authority, decidedOn);
  if (fine === null || cap === null || fine <= cap.maxVnd) return;
  throw badUserInput('input.fineVnd', {
    vi: `Số tiền phạt ${formatDong(fine)} vượt thẩm quyền: ${cap.basis.vi}`,
    en: `fineVnd ${fine} exceeds this authority's power of ${cap.maxVnd} VND: ${cap.basis.en}`,
  });
}

/** The authority's name as a sanction decision writes it. */
export function authorityName(authority: Authority): string {
  switch (authority.kind) {
    case 'POLICE':
      return 'Công an thành phố Hà Nội';
    case 'DONRE_INSPECTORATE':
      return 'Sở Tài nguyên và Môi trường Hà Nội';
    case 'COMMUNE_CHAIRMAN': {
      const unit = authority.unitCode ? hanoiUnit(authority.unitCode) : undefined;
      return unit
        ? // the commune's name carries its kind, written lower case after the title: "xã Thư Lâm"
          `Chủ tịch Ủy ban nhân dân ${unit.kind} ${unit.name.replace(/^(Xã|Phường) /u, '')}`
        : 'Chủ tịch Ủy ban nhân dân cấp xã';
    }
  }
}
