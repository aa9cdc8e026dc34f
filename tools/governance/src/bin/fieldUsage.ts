import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPERGRAPH_PATH } from '@ipc-hub/gateway';
import { apiSchemaOf } from '../apiSchema';
import { fieldUsage, unusedFields } from '../fieldUsage';
import { readManifests } from '../readManifests';

// `pnpm fields:usage`: each field the registered operations select, and who selects it;
// `--unused` adds the fields no known client uses.
const schema = apiSchemaOf(readFileSync(fileURLToPath(SUPERGRAPH_PATH), 'utf8'));
const usage = fieldUsage(schema, readManifests());
for (const field of [...usage.keys()].sort()) {
  process.stdout.write(`${field}\t${[...(usage.get(field) ?? [])].sort().join(', ')}\n`);
}
if (process.argv.includes('--unused')) {
  process.stdout.write('\nno registered operation uses:\n');
  for (const field of unusedFields(schema, usage)) process.stdout.write(`${field}\n`);
}
