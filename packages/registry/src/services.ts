/**
 * The hub's services that are not an agency's subgraph, beside the gateway:
 * read by `pnpm start`, the test harness, the bench and the Kubernetes
 * manifests, like the agencies' entries.
 */
export const NOTIFICATIONS_SERVICE = {
  /** service name in logs, metrics and URLs */
  name: 'notifications',
  nameVi: 'Dịch vụ thông báo',
  nameEn: 'Notifications: watches, the feed and signed webhooks',
  packageName: '@ipc-hub/notifications',
  /** 4005 is left to the next agency (an added subgraph takes the next port after the four) */
  defaultPort: 4006,
  /** where clients and the console find its /graphql */
  urlVariable: 'NOTIFICATIONS_URL',
  database: 'ipc_notifications',
} as const;

export type HubService = typeof NOTIFICATIONS_SERVICE;
