import { checked, type GraphQLClient, requestBody, type Timed } from '../load/GraphQLClient';
import { type LatencyStats, latencyStats, ratio } from '../stats';
import { answerCode, attackCalls, tally } from './answerCodes';

/** Issue 16's first finding: tenants' zones' tenants' zones' tenants, as sent by an outsider. */
export const NESTED_TENANTS = `{ zones(first:20){ edges{ node{ facilities{ id name zone{ facilities{ id name zone{ facilities{ id } } } } } } } } }`;

/** Its second: fifteen aliases (the alias limit) of the dashboard's 1 000-facility page. */
export const PAGE_FLOOD = `{ ${Array.from(
  { length: 15 },
  (_, i) => `p${i}: facilities(first: 1000) { edges { node {
    id name adminUnit { name } zone { name } cluster { name }
    approvals { kind status validUntil } openViolationCount
  } } }`,
).join(' ')} }`;

/** The other caller's small query. */
const OFFICER_QUERY = 'query ($id: ID!) { facility(id: $id) { name } }';

export interface AttackOnStock {
  /** the CITY officer's requests per second, paced (below a signed-in caller's rate limit) */
  officerPerSecond: number;
  before: LatencyStats;
  during: LatencyStats;
  /** during ÷ before */
  medianRatio: number;
  p95Ratio: number;
  /** the officer's answers that were not its facility's name, before and during */
  officerFailures: { before: number; during: number };
  attack: {
    concurrency: number;
    requests: number;
    perSecond: number;
    /** how the attack's requests were answered, by error code */
    answers: Record<string, number>;
    /** subgraph calls made for the attack (all calls while it ran less the officer's) */
    subgraphCalls: number;
  };
  /** each attack document sent once, before the timing: its code and the subgraph calls it caused */
  firstAnswers: { document: string; caller: string; code: string; subgraphCalls: number }[];
}

export interface AttackOptions {
  officer: GraphQLClient;
  /** one client per attacker: a caller without a token, an officer's token gone astray */
  attackers: { caller: string; client: GraphQLClient }[];
  facilityId: string;
  facilityName: string;
  /** GraphQL POSTs that have reached the subgraphs so far (the counting proxies) */
  subgraphCalls: () => number;
  concurrency: number;
  rounds: number;
  officerRequestsPerRound: number;
  officerPerSecond: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * (l) Against a gateway with a deployment's defaults: a CITY officer asks
 * for one facility's name at a steady pace, in rounds alternating quiet and
 * under attack — `concurrency` attackers sending issue 16's documents in a
 * closed loop, as fast as they are answered. The officer's latency during ÷
 * before is the figure; with it, how the attack was answered and how many
 * subgraph calls it caused (counted by proxies before the subgraphs).
 */
export async function attackOnStock(options: AttackOptions): Promise<AttackOnStock> {
  const officerBody = requestBody(OFFICER_QUERY, { id: options.facilityId });
  const expected = JSON.stringify({ facility: { name: options.facilityName } });
  checked(await options.officer.post(officerBody), 'the officer’s facility');
  const documents = [
    { name: 'nested tenants', body: requestBody(NESTED_TENANTS) },
    { name: '15 × facilities(first: 1000)', body: requestBody(PAGE_FLOOD) },
  ];

  const firstAnswers: AttackOnStock['firstAnswers'] = [];
  for (const { caller, client } of options.attackers) {
    for (const document of documents) {
      const calls = options.subgraphCalls();
      const answer = await client.post(document.body);
      firstAnswers.push({
        document: document.name,
        caller,
        code: answerCode(answer),
        subgraphCalls: options.subgraphCalls() - calls,
      });
    }
  }

  const gapMs = 1000 / options.officerPerSecond;
  const officerRound = async (): Promise<{ timings: Timed[]; failures: number }> => {
    const timings: Timed[] = [];
    let failures = 0;
    for (let i = 0; i < options.officerRequestsPerRound; i += 1) {
      const answer = await options.officer.post(officerBody);
      timings.push(answer);
      if (answer.status !== 200 || !answer.body.includes(expected)) failures += 1;
      await sleep(Math.max(0, gapMs - answer.ms));
    }
    return { timings, failures };
  };

  const before: number[] = [];
  const during: number[] = [];
  const failures = { before: 0, during: 0 };
  const codes: string[] = [];
  let attackSeconds = 0;
  let callsDuring = 0;
  let officerDuring = 0;
  let callsQuiet = 0;
  let officerQuiet = 0;
  for (let round = 0; round < options.rounds; round += 1) {
    let calls = options.subgraphCalls();
    const quiet = await officerRound();
    callsQuiet += options.subgraphCalls() - calls;
    officerQuiet += quiet.timings.length;
    before.push(...quiet.timings.map((t) => t.ms));
    failures.before += quiet.failures;

    calls = options.subgraphCalls();
    let attacking = true;
    const started = performance.now();
    const attacker = async (worker: number) => {
      for (let n = worker; attacking; n += 1) {
        const { client } = options.attackers[n % options.attackers.length] ?? {};
        const document = documents[Math.floor(n / options.attackers.length) % documents.length];
        if (!client || !document) return;
        try {
          codes.push(answerCode(await client.post(document.body)));
        } catch {
          codes.push('connection failed');
        }
      }
    };
    const attack = Array.from({ length: options.concurrency }, (_, worker) => attacker(worker));
    const underAttack = await officerRound();
    attacking = false;
    await Promise.all(attack);
    attackSeconds += (performance.now() - started) / 1000;
    callsDuring += options.subgraphCalls() - calls;
    officerDuring += underAttack.timings.length;
    during.push(...underAttack.timings.map((t) => t.ms));
    failures.during += underAttack.failures;
  }

  const beforeStats = latencyStats(before);
  const duringStats = latencyStats(during);
  return {
    officerPerSecond: options.officerPerSecond,
    before: beforeStats,
    during: duringStats,
    medianRatio: ratio(duringStats.medianMs, beforeStats.medianMs),
    p95Ratio: ratio(duringStats.p95Ms, beforeStats.p95Ms),
    officerFailures: failures,
    attack: {
      concurrency: options.concurrency,
      requests: codes.length,
      perSecond: Math.round(codes.length / attackSeconds),
      answers: tally(codes),
      subgraphCalls: attackCalls(callsDuring, officerDuring, callsQuiet / officerQuiet),
    },
    firstAnswers,
  };
}
