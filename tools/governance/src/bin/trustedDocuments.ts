import { relative } from 'node:path';
import { writeManifests } from '../knownClients';

// `pnpm generate` runs this; CI fails when the committed manifests differ from the clients' code.
for (const file of await writeManifests()) {
  process.stdout.write(`wrote ${relative(process.cwd(), file)}\n`);
}
