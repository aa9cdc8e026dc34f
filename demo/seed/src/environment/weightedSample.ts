import type { Random } from '../random';

/**
 * `count` distinct items drawn with probability proportional to their weight
 * (Efraimidis–Spirakis: the largest ln(u)/w win), in the order drawn.
 */
export function weightedSample<T>(
  random: Random,
  items: readonly T[],
  weight: (item: T) => number,
  count: number,
): T[] {
  return items
    .map((item, index) => ({ item, index, key: Math.log(1 - random.next()) / weight(item) }))
    .sort((a, b) => b.key - a.key || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map((c) => c.item);
}
