/**
 * What a station measures. Thông tư 10/2021/TT-BTNMT asks a wastewater
 * station for temperature, pH, TSS, COD and ammonium at least (flow is
 * metered apart), and a textile dye-house or a paper mill also for colour; a
 * stack-gas station measures dust, SO₂, NOₓ, CO, the residual oxygen its
 * values are corrected to, and the gas temperature.
 */
const WASTEWATER = ['TEMP', 'PH', 'COD', 'TSS', 'NH4'];
const COLOURED_EFFLUENT_SECTORS = new Set(['1311', '1312', '1313', '1701', '1702']);
const STACK_GAS = ['DUST', 'SO2', 'NOX', 'CO', 'O2', 'TEMP'];

export function wastewaterParameters(sectorCode: string | null): string[] {
  return sectorCode && COLOURED_EFFLUENT_SECTORS.has(sectorCode)
    ? [...WASTEWATER, 'COLOR']
    : [...WASTEWATER];
}

export function stackGasParameters(): string[] {
  return [...STACK_GAS];
}

/** Sectors that burn fuel in furnaces or kilns: steel, non-ferrous metals, foundries, bricks, cement. */
export const STACK_GAS_SECTORS: ReadonlySet<string> = new Set([
  '2410',
  '2420',
  '2431',
  '2392',
  '2394',
]);
