import type { Connection } from '@ipc-hub/db';
import type { ClusterRecord } from './clusters/ClusterRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type ClusterModel = ClusterRecord;
export type ClusterConnectionModel = Connection<ClusterRecord>;
export type ClusterEdgeModel = ClusterConnectionModel['edges'][number];
