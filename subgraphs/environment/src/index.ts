import { runSubgraph } from '@ipc-hub/server-kit';
import { environmentSubgraph } from './server';

runSubgraph(environmentSubgraph);
