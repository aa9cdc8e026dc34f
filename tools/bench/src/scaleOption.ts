/** `--scale N`: a positive number (fractions allowed, e.g. 0.5 for a quick run). */
export function scaleOption(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`--scale must be a positive number, got ${value}`);
  }
  return scale;
}
