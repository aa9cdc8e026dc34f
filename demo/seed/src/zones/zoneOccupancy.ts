/**
 * Tỷ lệ lấp đầy (percent of the industrial land leased) by zone code. The
 * reference file gives none: these are demo values in the range the Board
 * reports for Hanoi's older zones (nearly full), a young park and a zone
 * still being built. Planned zones have none.
 */
export const zoneOccupancy: Readonly<Record<string, number>> = {
  THANGLONG: 100,
  NOIBAI: 100,
  SAIDONGB: 98,
  THACHTHATQUOCOAI: 96,
  QUANGMINH: 99,
  NAMTHANGLONG: 100,
  HANOIDAITU: 100,
  PHUNGHIA: 97,
  HOTRONAMHANOI: 14,
  HOALAC: 63,
};
