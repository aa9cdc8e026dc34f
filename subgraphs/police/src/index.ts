import { runSubgraph } from '@ipc-hub/server-kit';
import { policeSubgraph } from './server';

runSubgraph(policeSubgraph);
