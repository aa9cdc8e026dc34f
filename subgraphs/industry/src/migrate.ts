import { runMigrations } from '@ipc-hub/server-kit';
import { industrySubgraph } from './server';

runMigrations(industrySubgraph);
