import { foreignBrands } from './data/foreignBrands';
import { legalForms } from './data/legalForms';
import type { SectorProfile } from './data/sectorProfiles';
import { tradeNameFirst, tradeNameSecond } from './data/tradeNames';
import type { Random } from './random';
import type { FacilitySetting } from './types';
import { WeightedTable } from './weightedTable';

const FOREIGN_ATTEMPTS = 8;
const DOMESTIC_ATTEMPTS = 30;

/**
 * Gives facilities company names that are unique across the whole seed, since
 * the subgraphs look companies up by name as well as by tax code.
 */
export class FacilityNamer {
  private readonly taken = new Set<string>();
  private readonly forms: Record<FacilitySetting, WeightedTable<string>>;

  constructor() {
    this.forms = {
      ZONE: new WeightedTable(legalForms.map(([form, zone]) => [form, zone] as const)),
      CLUSTER: new WeightedTable(legalForms.map(([form, , cluster]) => [form, cluster] as const)),
      STANDALONE: new WeightedTable(
        legalForms.map(([form, , , standalone]) => [form, standalone] as const),
      ),
    };
  }

  /** Whether a name is already used (branches are named after their parent). */
  has(name: string): boolean {
    return this.taken.has(name);
  }

  /** Reserves a name chosen elsewhere. */
  reserve(name: string): void {
    this.taken.add(name);
  }

  /**
   * A new name: "Công ty TNHH <Brand> Việt Nam" for a foreign-invested zone
   * tenant, otherwise "<legal form> <trade> <trade name>" such as
   * "Công ty TNHH Dệt nhuộm Phú Thịnh".
   */
  name(random: Random, profile: SectorProfile, setting: FacilitySetting, foreign: boolean): string {
    if (foreign) {
      for (let attempt = 0; attempt < FOREIGN_ATTEMPTS; attempt++) {
        const brand = random.pick(foreignBrands);
        const roll = random.next();
        const suffix =
          roll < 0.45 || profile.foreignWords.length === 0
            ? 'Việt Nam'
            : roll < 0.9
              ? `${random.pick(profile.foreignWords)} Việt Nam`
              : 'Hà Nội';
        const candidate = `Công ty TNHH ${brand} ${suffix}`;
        if (this.claim(candidate)) return candidate;
      }
    }
    const form = this.forms[setting].pick(random);
    for (let attempt = 0; attempt < DOMESTIC_ATTEMPTS; attempt++) {
      const candidate = `${form} ${random.pick(profile.nameWords)} ${this.tradeName(random, attempt >= 10)}`;
      if (this.claim(candidate)) return candidate;
    }
    const base = `${form} ${random.pick(profile.nameWords)} ${this.tradeName(random, true)}`;
    for (let n = 2; ; n++) {
      if (this.claim(`${base} ${n}`)) return `${base} ${n}`;
    }
  }

  private tradeName(random: Random, long: boolean): string {
    const first = random.pick(tradeNameFirst);
    let second = random.pick(tradeNameSecond);
    while (second === first) second = random.pick(tradeNameSecond);
    if (!long) return `${first} ${second}`;
    let third = random.pick(tradeNameSecond);
    while (third === second || third === first) third = random.pick(tradeNameSecond);
    return `${first} ${second} ${third}`;
  }

  private claim(candidate: string): boolean {
    if (this.taken.has(candidate)) return false;
    this.taken.add(candidate);
    return true;
  }
}
