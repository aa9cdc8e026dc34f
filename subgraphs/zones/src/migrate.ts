import { runMigrations } from '@ipc-hub/server-kit';
import { zonesSubgraph } from './server';

runMigrations(zonesSubgraph);
