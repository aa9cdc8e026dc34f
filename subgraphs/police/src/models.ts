import type { Connection } from '@ipc-hub/db';
import type { ViolationRecord } from './violations/ViolationRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type ViolationModel = ViolationRecord;
export type ViolationConnectionModel = Connection<ViolationRecord>;
export type ViolationEdgeModel = ViolationConnectionModel['edges'][number];
