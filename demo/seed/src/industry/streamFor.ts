import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';

/** Kế hoạch 150/KH-UBND, the relocation programme: the root of DOIT's streams. */
const INDUSTRY_SEED = 150;

/**
 * A PRNG stream for one entity of the base seed, keyed by its id rather than
 * by its position: DOIT's facts about a facility or cluster stay the same when
 * the base seed adds or reorders others, and no draw depends on another's.
 */
export function streamFor(label: string, id: string): Random {
  return new Random(deriveSeed(INDUSTRY_SEED, `${label}:${id}`));
}
