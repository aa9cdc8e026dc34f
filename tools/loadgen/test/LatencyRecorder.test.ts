import { describe, expect, it } from 'vitest';
import { LatencyRecorder } from '../src/LatencyRecorder';

describe('LatencyRecorder', () => {
  it('reports nearest-rank percentiles of everything it recorded', () => {
    const recorder = new LatencyRecorder();
    for (let ms = 100; ms >= 1; ms -= 1) recorder.record(ms);
    expect(recorder.summary()).toEqual({
      count: 100,
      p50: 50,
      p90: 90,
      p99: 99,
      max: 100,
      mean: 50.5,
    });
  });

  it('keeps recording past its first buffer', () => {
    const recorder = new LatencyRecorder();
    for (let i = 0; i < 5_000; i += 1) recorder.record(i % 10);
    expect(recorder.summary()).toMatchObject({ count: 5_000, max: 9 });
  });

  it('reports zeros for an empty run', () => {
    expect(new LatencyRecorder().summary()).toEqual({
      count: 0,
      p50: 0,
      p90: 0,
      p99: 0,
      max: 0,
      mean: 0,
    });
  });
});
