import { runMigrations } from '@ipc-hub/server-kit';
import { policeSubgraph } from './server';

runMigrations(policeSubgraph);
