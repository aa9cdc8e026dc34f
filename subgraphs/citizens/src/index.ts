import { runSubgraph } from '@ipc-hub/server-kit';
import { citizensSubgraph } from './server';

runSubgraph(citizensSubgraph);
