/** The parts `--skip` may leave out, to iterate on one; by default everything runs. */
export const SKIPPABLE = [
  'coldstart',
  'ingest',
  'notifications',
  'readings',
  'peer',
  'report',
  'profile',
  'guards',
  'attack',
  'board',
] as const;
export type Skippable = (typeof SKIPPABLE)[number];

/** `--skip peer,profile`: the parts not to run. */
export function skipOption(value: string | undefined): Set<Skippable> {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(SKIPPABLE as readonly string[]).includes(name)) {
      throw new Error(`--skip takes ${SKIPPABLE.join(', ')}; got ${name}`);
    }
  }
  return new Set(names as Skippable[]);
}
