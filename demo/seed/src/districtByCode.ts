import { type District, districts } from './data/districts';

const index = new Map(districts.map((d) => [d.code, d]));

/** The district with the given code; throws for codes outside the reference list. */
export function districtByCode(code: string): District {
  const district = index.get(code);
  if (!district) throw new RangeError(`unknown district code ${code}`);
  return district;
}
