export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Keeps every latency of a run (8 bytes each: a 10-minute soak at a few
 * hundred requests a second is a few megabytes) and reports exact
 * percentiles at the end.
 */
export class LatencyRecorder {
  private values = new Float64Array(1024);
  private length = 0;

  record(ms: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = ms;
    this.length += 1;
  }

  get count(): number {
    return this.length;
  }

  summary(): LatencySummary {
    const sorted = this.values.slice(0, this.length).sort();
    // nearest rank: the smallest value with at least p% of the values at or below it
    const at = (p: number) =>
      sorted.length === 0 ? 0 : (sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0);
    let total = 0;
    for (const value of sorted) total += value;
    return {
      count: sorted.length,
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      max: sorted.at(-1) ?? 0,
      mean: sorted.length === 0 ? 0 : total / sorted.length,
    };
  }
}
