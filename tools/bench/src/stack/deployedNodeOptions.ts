import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOCKERFILE = fileURLToPath(new URL('../../../../infra/docker/Dockerfile', import.meta.url));

/**
 * The Node options every service runs with where it is deployed: the
 * `NODE_OPTIONS` the image sets (infra/docker/Dockerfile), so the bench's
 * services are tuned as the deployed ones are (V8's young generation, for
 * one). `BENCH_NODE_OPTIONS` replaces them for an experiment; the report
 * says which were used.
 */
export function deployedNodeOptions(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BENCH_NODE_OPTIONS !== undefined) return env.BENCH_NODE_OPTIONS;
  const set = /^\s*(?:ENV\s+)?NODE_OPTIONS="([^"]*)"/m.exec(readFileSync(DOCKERFILE, 'utf8'));
  return set?.[1] ?? '';
}
