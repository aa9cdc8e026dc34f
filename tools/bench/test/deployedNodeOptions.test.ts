import { describe, expect, it } from 'vitest';
import { deployedNodeOptions } from '../src/stack/deployedNodeOptions';

describe("the bench's services run with the deployed Node options", () => {
  it("reads them from the image's NODE_OPTIONS", () => {
    // the young generation the image sizes (infra/docker/Dockerfile)
    expect(deployedNodeOptions({})).toMatch(/--max-semi-space-size=\d+/);
  });

  it('lets BENCH_NODE_OPTIONS replace them for an experiment, empty included', () => {
    expect(deployedNodeOptions({ BENCH_NODE_OPTIONS: '--max-semi-space-size=8' })).toBe(
      '--max-semi-space-size=8',
    );
    expect(deployedNodeOptions({ BENCH_NODE_OPTIONS: '' })).toBe('');
  });
});
