import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import { drawUuid } from './drawUuid';

/**
 * The ids of one kind of record, in order. Each id is a UUID drawn from a
 * PRNG seeded by the kind and the id's position, like `../entityId`: the
 * seeds of a kind are all different, so its ids never repeat.
 */
export class IdSequence {
  private readonly seed: number;
  private count = 0;

  constructor(root: number, kind: string) {
    this.seed = deriveSeed(root, `id:environment:${kind}`);
  }

  next(): string {
    return drawUuid(new Random(deriveSeed(this.seed, '', this.count++)));
  }
}
