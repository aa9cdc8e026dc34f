import { runSubgraph } from '@ipc-hub/server-kit';
import { industrySubgraph } from './server';

runSubgraph(industrySubgraph);
