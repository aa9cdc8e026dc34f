/**
 * Whether a unit written in a file is the parameter's unit. Dataloggers write
 * units their own way — mg/L for mg/l, Pt-Co for Pt/Co, oC for °C, pH or
 * nothing for pH — so case, separators and the degree sign are ignored; a
 * different unit (g/L, µg/L) is not the same and would be misjudged.
 */
export function sameUnit(written: string, expected: string): boolean {
  return normalize(written) === normalize(expected);
}

function normalize(unit: string): string {
  const compact = unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s/\-._°º^·]/g, '');
  if (compact === 'ph') return '';
  if (compact === 'oc' || compact === 'degc' || compact === 'độc') return 'c';
  return compact;
}
