import { runMigrations } from '@ipc-hub/server-kit';
import { citizensSubgraph } from './server';

runMigrations(citizensSubgraph);
