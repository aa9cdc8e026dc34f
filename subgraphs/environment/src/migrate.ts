import { runMigrations } from '@ipc-hub/server-kit';
import { environmentSubgraph } from './server';

runMigrations(environmentSubgraph);
