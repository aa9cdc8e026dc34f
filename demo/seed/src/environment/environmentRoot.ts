import { deriveSeed } from '../deriveSeed';
import type { HanoiSeed } from '../types';

/**
 * The root seed of the environment data. The base does not carry its PRNG
 * seed, so the root is taken from ids that only the seed decides (the zones'
 * and the first facility's): the same base always gives the same root, and
 * the label keeps these streams apart from the base's own.
 */
export function environmentRoot(base: HanoiSeed): number {
  const anchor = [...base.zones.map((z) => z.id), base.facilities[0]?.id ?? ''].join(',');
  return deriveSeed(deriveSeed(0, anchor), 'environment');
}
