import { SUBGRAPHS } from './agencies';

/**
 * The hub's services that are not a data subgraph: read by `pnpm start`, the
 * test harness, the bench and the Kubernetes manifests, like the agencies'
 * entries. The notifications service keeps no agency's records and runs its
 * own relay and delivery worker, so it is started on its own; its API is
 * composed behind the gateway like a subgraph's (`COMPOSED_SERVICES`).
 */
export const NOTIFICATIONS_SERVICE = {
  /** service name in logs, metrics and URLs */
  name: 'notifications',
  nameVi: 'Dịch vụ thông báo',
  nameEn: 'Notifications: watches, the feed and signed webhooks',
  packageName: '@ipc-hub/notifications',
  /** 4005 is left to the next agency (an added subgraph takes the next port after the four) */
  defaultPort: 4006,
  /** the gateway's variable holding its /graphql address */
  urlVariable: 'NOTIFICATIONS_URL',
  /** its package's folder from the repository's root, holding `schema.graphql` */
  folder: 'notifications',
  database: 'ipc_notifications',
} as const;

export type HubService = typeof NOTIFICATIONS_SERVICE;

/** A service the gateway composes into the supergraph. */
export interface ComposedService {
  /** its name in the supergraph */
  subgraph: string;
  /** the gateway's variable holding its /graphql address */
  urlVariable: string;
  defaultPort: number;
  /** the folder, from the repository's root, of its `schema.graphql` */
  folder: string;
}

/**
 * What the gateway composes and calls: every subgraph of the registry, then
 * the notifications service. Composition, the gateway's configuration and
 * the Kubernetes manifests read this list, and nothing else names them.
 */
export const COMPOSED_SERVICES: readonly ComposedService[] = [
  ...SUBGRAPHS.map((agency) => ({
    subgraph: agency.subgraph,
    urlVariable: agency.urlVariable,
    defaultPort: agency.defaultPort,
    folder: `subgraphs/${agency.subgraph}`,
  })),
  {
    subgraph: NOTIFICATIONS_SERVICE.name,
    urlVariable: NOTIFICATIONS_SERVICE.urlVariable,
    defaultPort: NOTIFICATIONS_SERVICE.defaultPort,
    folder: NOTIFICATIONS_SERVICE.folder,
  },
];
