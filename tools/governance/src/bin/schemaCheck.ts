import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPERGRAPH_PATH } from '@ipc-hub/gateway';
import { readManifests } from '../readManifests';
import { type AcceptedBreakingChange, checkSchema, formatSchemaCheck } from '../schemaCheck';

const ACCEPTED = new URL('../../../../gateway/accepted-breaking-changes.json', import.meta.url);

/** main's committed supergraph: origin/main when fetched, else the local main; null when neither has one */
function baseSupergraph(): string | null {
  const ref = process.env.SCHEMA_BASE_REF;
  for (const candidate of ref ? [ref] : ['origin/main', 'main']) {
    try {
      return execFileSync('git', ['show', `${candidate}:gateway/supergraph.graphql`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // not there: try the next
    }
  }
  return null;
}

const base = baseSupergraph();
if (base === null) process.stdout.write('no supergraph on main to compare with\n');
const result = await checkSchema({
  base,
  proposed: readFileSync(fileURLToPath(SUPERGRAPH_PATH), 'utf8'),
  manifests: readManifests(),
  accepted: JSON.parse(readFileSync(ACCEPTED, 'utf8')) as AcceptedBreakingChange[],
});
process.stdout.write(`${formatSchemaCheck(result)}\n`);
process.exitCode = result.ok ? 0 : 1;
