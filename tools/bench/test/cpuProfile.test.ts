import { describe, expect, it } from 'vitest';
import { packageOf, summarizeCpuProfile } from '../src/profile/summarizeCpuProfile';
import { skipOption } from '../src/skipOption';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

describe('CPU profile summary', () => {
  it('names the package a script belongs to', () => {
    expect(
      packageOf(
        'file:///r/node_modules/.pnpm/graphql@16.15.0/node_modules/graphql/execution/execute.js',
        'f',
      ),
    ).toBe('graphql');
    expect(
      packageOf(
        'file:///r/node_modules/.pnpm/@apollo+gateway@2.14.4/node_modules/@apollo/gateway/dist/x.js',
        'f',
      ),
    ).toBe('@apollo/gateway');
    expect(packageOf('node:internal/streams/readable', 'f')).toBe('node');
    expect(packageOf('file:///r/gateway/src/startGateway.ts', 'f')).toBe('hub gateway');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('charges each sample to the function on top, within the window, idle apart', () => {
    const summary = summarizeCpuProfile(
      {
        nodes: [
          { id: 1, callFrame: frame('(idle)', '') },
          { id: 2, callFrame: frame('execute', 'file:///r/node_modules/graphql/execute.js') },
          { id: 3, callFrame: frame('plan', 'file:///r/gateway/src/plan.ts') },
        ],
        startTime: 0,
        // samples at 1 000, 2 000, 3 000, 4 000 and 5 000 µs
        samples: [3, 2, 2, 1, 3],
        timeDeltas: [1000, 1000, 1000, 1000, 1000],
      },
      2000,
      5000,
    );
    expect(summary.samples).toBe(4);
    expect(summary.busyMs).toBe(2);
    expect(summary.idleMs).toBe(1);
    expect(summary.packages).toEqual([{ name: 'graphql', ms: 2, percent: 100 }]);
  });
});

describe('--skip', () => {
  it('takes the named parts only', () => {
    expect([...skipOption('peer, profile')]).toEqual(['peer', 'profile']);
    expect(skipOption(undefined).size).toBe(0);
    expect(() => skipOption('everything')).toThrow(/--skip takes/);
  });
});
