import type { Random } from '../random';

const BILLION = 1_000_000_000;

/**
 * Registered capital of a zone project: log-uniform between 15 and 2 500
 * billion đồng, rounded to 100 million. A demo value: the reference file
 * gives no project capital.
 */
export function drawCapital(random: Random): bigint {
  const billions = 15 * (2500 / 15) ** random.next();
  return BigInt(Math.round(billions * 10)) * BigInt(BILLION / 10);
}
