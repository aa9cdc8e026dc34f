import type { Connection } from '@ipc-hub/db';
import type { CertificationRecord } from './certifications/CertificationRepository';
import type { ClusterRecord } from './clusters/ClusterRepository';
import type { ClusterInvestmentProjectRecord } from './projects/ClusterInvestmentProjectRepository';
import type { RelocationWithDestination } from './relocations/RelocationRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type ClusterModel = ClusterRecord;
export type ClusterConnectionModel = Connection<ClusterRecord>;
export type ClusterEdgeModel = ClusterConnectionModel['edges'][number];

export type RelocationModel = RelocationWithDestination;
export type RelocationConnectionModel = Connection<RelocationWithDestination>;
export type RelocationEdgeModel = RelocationConnectionModel['edges'][number];

export type CertificationModel = CertificationRecord;

export type ClusterInvestmentProjectModel = ClusterInvestmentProjectRecord;
export type ClusterInvestmentProjectConnectionModel = Connection<ClusterInvestmentProjectRecord>;
export type ClusterInvestmentProjectEdgeModel =
  ClusterInvestmentProjectConnectionModel['edges'][number];

/** HIZA's zone as DOIT knows it, as a relocation destination: the key and the type name. */
export interface ZoneReference {
  __typename: 'IndustrialZone';
  id: string;
}
