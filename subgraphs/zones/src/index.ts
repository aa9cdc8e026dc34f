import { runSubgraph } from '@ipc-hub/server-kit';
import { zonesSubgraph } from './server';

runSubgraph(zonesSubgraph);
