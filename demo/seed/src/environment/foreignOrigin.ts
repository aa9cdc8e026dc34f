import type { SeedFacility } from '../types';
import { brandOrigins } from './data/brandOrigins';
import type { Origin } from './data/foreignNames';

const COMPANY = 'Công ty TNHH ';
const BRANCH = 'Chi nhánh ';

/**
 * The investor's country of a foreign-invested company, read from the name
 * the facility namer gives it ("Công ty TNHH <Brand> … Việt Nam", or a
 * branch "Chi nhánh Công ty TNHH <Brand> …"); null for a Vietnamese company.
 * Brands are one or two words long.
 */
export function foreignOrigin(facility: SeedFacility): Origin | null {
  const name = facility.name.startsWith(BRANCH)
    ? facility.name.slice(BRANCH.length)
    : facility.name;
  if (!name.startsWith(COMPANY)) return null;
  const words = name.slice(COMPANY.length).split(' ', 2);
  const [first, second] = words;
  if (first === undefined) return null;
  return (
    brandOrigins.get(first) ??
    (second === undefined ? null : (brandOrigins.get(`${first} ${second}`) ?? null))
  );
}
