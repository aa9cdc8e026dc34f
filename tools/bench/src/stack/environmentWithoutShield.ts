/**
 * The environment subgraph with field access switched off: the same
 * definition with `access: null`, so no graphql-shield and no audit plugin.
 * Row scope stays (it is in the repositories' SQL). Only `pnpm bench`
 * starts this, to price the shield; never deploy it.
 */
import { environmentSubgraph } from '@ipc-hub/environment';
import { runSubgraph } from '@ipc-hub/server-kit';

runSubgraph({ ...environmentSubgraph, access: null });
