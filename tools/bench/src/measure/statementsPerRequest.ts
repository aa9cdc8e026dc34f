import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '../databases';
import { checked, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { DASHBOARD } from '../queries';
import type { LogEntry, ServiceProcess } from '../stack/ServiceProcess';

export interface SubgraphCount {
  /** SQL statements the subgraph issued for one dashboard request, all its calls summed */
  statements: number;
  /** how many times the gateway called it for that request */
  calls: number;
}

export interface StatementCounts {
  /** by page size (10, 100, 1 000), then subgraph */
  bySize: Record<string, Record<SubgraphName, SubgraphCount>>;
  /** each subgraph's statements at the largest size divided by those at the smallest (goal: 1) */
  growth: Record<SubgraphName, number>;
  /** false when two runs of one size counted differently */
  stable: boolean;
}

const SETTLE_MS = 500;

/**
 * (b) How many SQL statements each subgraph issues for one dashboard
 * request at each page size, read from the subgraphs' own request log
 * lines (`sqlStatements`, LOG_LEVEL=info), matched to the request by the
 * request id the bench gives the gateway and the gateway passes on.
 */
export async function statementsPerRequest(
  gateway: GraphQLClient,
  subgraphs: Record<SubgraphName, ServiceProcess>,
  sizes: number[],
  repeats = 2,
): Promise<StatementCounts> {
  const seen = new Map<string, Array<{ subgraph: SubgraphName; statements: number }>>();
  const stop = (Object.entries(subgraphs) as Array<[SubgraphName, ServiceProcess]>).map(
    ([subgraph, service]) =>
      service.onLog((entry: LogEntry) => {
        if (entry.msg !== 'graphql request' || typeof entry.requestId !== 'string') return;
        const list = seen.get(entry.requestId) ?? [];
        list.push({ subgraph, statements: Number(entry.sqlStatements ?? 0) });
        seen.set(entry.requestId, list);
      }),
  );
  try {
    const bySize: StatementCounts['bySize'] = {};
    let stable = true;
    for (const size of sizes) {
      let previous: string | null = null;
      for (let i = 0; i < repeats; i += 1) {
        // A UUID: the gateway replaces any other request id with its own.
        const requestId = randomUUID();
        const data = checked<{ facilities: { edges: unknown[] } }>(
          await gateway.post(requestBody(DASHBOARD, { first: size }), {
            'x-request-id': requestId,
          }),
          'gateway',
        );
        if (data.facilities.edges.length !== size) {
          throw new Error(`asked for ${size} facilities, got ${data.facilities.edges.length}`);
        }
        // The subgraphs log before they answer; their lines reach this process a moment later.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const counts = Object.fromEntries(
          Object.keys(subgraphs).map((name) => [name, { statements: 0, calls: 0 }]),
        ) as Record<SubgraphName, SubgraphCount>;
        const lines = seen.get(requestId) ?? [];
        // No subgraph line for the request: the id did not reach them, and a count of 0 would be a lie.
        if (lines.length === 0) throw new Error(`no subgraph logged request ${requestId}`);
        for (const { subgraph, statements } of lines) {
          counts[subgraph].statements += statements;
          counts[subgraph].calls += 1;
        }
        const key = JSON.stringify(counts);
        if (previous !== null && key !== previous) stable = false;
        previous = key;
        bySize[String(size)] = counts;
      }
    }
    const smallest = bySize[String(Math.min(...sizes))];
    const largest = bySize[String(Math.max(...sizes))];
    const growth = Object.fromEntries(
      Object.keys(subgraphs).map((name) => {
        const from = smallest?.[name as SubgraphName]?.statements ?? 0;
        const to = largest?.[name as SubgraphName]?.statements ?? 0;
        return [name, from === 0 ? (to === 0 ? 1 : Number.POSITIVE_INFINITY) : to / from];
      }),
    ) as Record<SubgraphName, number>;
    return { bySize, growth, stable };
  } finally {
    for (const unsubscribe of stop) unsubscribe();
  }
}
