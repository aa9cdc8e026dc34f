import type { ComputedIndicator, ComputedItem, ReceivedIndicator } from './computedIndicator';

/** The items of each indicator a caller may not read, by indicator code: what travels sealed. */
export type HiddenItems = Record<string, ComputedItem[]>;

/**
 * An agency's indicators as they are handed over for one caller: the
 * figures whole (they are public), the items the caller may read in clear,
 * and the others apart, to be sealed. The assembling subgraph puts them
 * back together with `withHiddenItems`.
 */
export function splitIndicatorItems(
  indicators: readonly ComputedIndicator[],
  mayRead: (item: ComputedItem) => boolean,
): { visible: ComputedIndicator[]; hidden: HiddenItems } {
  const hidden: HiddenItems = {};
  const visible = indicators.map((indicator) => {
    const items: ComputedItem[] = [];
    for (const item of indicator.items) {
      if (mayRead(item)) {
        items.push(item);
      } else {
        const apart = hidden[indicator.code] ?? [];
        apart.push(item);
        hidden[indicator.code] = apart;
      }
    }
    return { ...indicator, items };
  });
  return { visible, hidden };
}

/** Indicators received in clear, with their sealed items (once opened) back in place. */
export function withHiddenItems(
  received: readonly ReceivedIndicator[],
  hidden: HiddenItems | null,
): ReceivedIndicator[] {
  if (!hidden) return [...received];
  return received.map((indicator) => ({
    ...indicator,
    items: [...indicator.items, ...(hidden[indicator.code] ?? [])],
  }));
}

/**
 * The value kept in `map` under `key`, made by `make` the first time: the
 * clear and the sealed field of one report ask for the same facts, which
 * are read once per request.
 */
export function readOnce<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make();
  map.set(key, made);
  return made;
}
