import { SUBGRAPH_NAMES, type SubgraphName } from '../databases';

const SUBGRAPHS = SUBGRAPH_NAMES.length;

/**
 * Every port a bench run listens on, from `--port` upwards, laid out once
 * from the registry's number of subgraphs so that no two services a run may
 * hold at once share one (a sixth subgraph moves what follows, nothing
 * collides):
 *
 *   base                 the stack's gateway
 *   base + 1 …           the stack's subgraphs, in the registry's order
 *   then                 the environment subgraph without its shield (e),
 *                        the peer gateway, the two readings subgraphs (f),
 *                        the subgraphs without proof or limits and their
 *                        gateway (k), the stock gateway (l), and the traced
 *                        stack's subgraphs, gateway and OTLP receiver (o)
 */
export function benchPorts(base: number) {
  const unshielded = base + 1 + SUBGRAPHS;
  const peer = unshielded + 1;
  const readings = peer + 1; // two
  const unguarded = readings + 2; // SUBGRAPHS, then their gateway
  const unguardedGateway = unguarded + SUBGRAPHS;
  const stockGateway = unguardedGateway + 1;
  const traced = stockGateway + 1; // SUBGRAPHS, then their gateway and the receiver
  return {
    gateway: base,
    subgraph: (name: SubgraphName) => base + 1 + SUBGRAPH_NAMES.indexOf(name),
    unshielded,
    peer,
    readings: (index: number) => readings + index,
    unguarded: (name: SubgraphName) => unguarded + SUBGRAPH_NAMES.indexOf(name),
    unguardedGateway,
    stockGateway,
    traced: (name: SubgraphName) => traced + SUBGRAPH_NAMES.indexOf(name),
    tracedGateway: traced + SUBGRAPHS,
    otlpReceiver: traced + SUBGRAPHS + 1,
  };
}
