import type { Random } from '../random';
import type { SeedCluster, SeedFacility } from '../types';
import { defaultPollutants, pollutantsBySector } from './data/pollutantsBySector';
import { receivingWaters } from './data/receivingWaters';

const EMISSION_SECTORS = new Set(['0810', '2392', '2394', '2410', '2420', '2431']);
const ORGANIC_SECTORS = new Set([
  '1010',
  '1020',
  '1030',
  '1040',
  '1050',
  '1062',
  '1072',
  '1101',
  '1103',
  '3821',
]);
const LEAD_SECTORS = new Set(['2720', '3830']);

/** "7,5": Vietnamese writes a decimal comma. */
function factor(random: Random): string {
  return (Math.round(random.float(3, 15) * 10) / 10).toString().replace('.', ',');
}

function water(random: Random, facility: SeedFacility, cluster: SeedCluster | undefined): string {
  const river = random.pick(
    receivingWaters[facility.formerPlace.districtCode] ?? ['kênh tiêu thoát nước'],
  );
  return cluster ? `mương thoát nước chung của CCN ${cluster.name}, chảy ra ${river}` : river;
}

/**
 * Why a facility was listed as seriously polluting, in the words of the
 * city's lists: exceedances and where they went (the district's river or
 * canal), smoke and dust for kilns and smelters, lead for battery breakers,
 * and the workshop's place among homes.
 */
export function pollutionReason(
  random: Random,
  facility: SeedFacility,
  cluster: SeedCluster | undefined,
  urban: boolean,
): string {
  const sector = facility.sectorCode;
  let reason: string;
  if (EMISSION_SECTORS.has(sector)) {
    reason = random.pick([
      'Khí thải lò nung có bụi, SO2 vượt quy chuẩn nhiều lần, ảnh hưởng đến sức khỏe người dân và hoa màu xung quanh',
      'Bụi, khí thải và tiếng ồn vượt quy chuẩn; người dân phản ánh kéo dài',
      ...(sector === '2392'
        ? ['Sản xuất gạch bằng lò thủ công, khói bụi gây ô nhiễm nghiêm trọng khu dân cư']
        : []),
    ]);
  } else if (LEAD_SECTORS.has(sector) && random.chance(0.5)) {
    reason =
      'Phá dỡ, tái chế ắc quy chì thủ công, gây ô nhiễm chì trong đất và nước mặt khu dân cư';
  } else if (ORGANIC_SECTORS.has(sector) && random.chance(0.5)) {
    reason = `Nước thải chế biến chưa qua xử lý xả ra ${water(random, facility, cluster)}, phát sinh mùi hôi thối, người dân phản ánh kéo dài`;
  } else {
    const pollutant = random.pick(pollutantsBySector[sector] ?? defaultPollutants);
    const into = water(random, facility, cluster);
    reason = random.pick([
      `Xả nước thải vượt quy chuẩn nhiều lần, gây ô nhiễm nghiêm trọng ${into}`,
      `Xả nước thải có thông số ${pollutant} vượt quy chuẩn ${factor(random)} lần ra ${into}`,
      `Không có hệ thống xử lý nước thải; nước thải sản xuất xả trực tiếp ra ${into}`,
      `Đã bị xử phạt nhiều lần nhưng không khắc phục; nước thải có thông số ${pollutant} vượt quy chuẩn tiếp tục xả ra ${into}`,
    ]);
  }
  return urban && facility.setting === 'STANDALONE' && random.chance(0.5)
    ? `${reason}; cơ sở nằm xen kẽ trong khu dân cư`
    : reason;
}
