import { deriveSeed } from './deriveSeed';
import { Random } from './random';
import { randomUuid } from './randomUuid';

/**
 * The id of the `index`-th entity of a kind. It depends only on the seed, the
 * kind and the index, so raising the scale appends new ids and leaves the
 * existing ones where they were.
 */
export function entityId(seed: number, kind: string, index: number): string {
  return randomUuid(new Random(deriveSeed(seed, `id:${kind}`, index)));
}
