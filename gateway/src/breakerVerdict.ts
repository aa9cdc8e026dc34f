/** How a call to a subgraph ended, as far as its circuit breaker cares. */
export type CallOutcome =
  /** it answered (data, or GraphQL errors such as a refusal of the caller's query) */
  | { kind: 'answered' }
  /** refused or reset before an answer, or answered 502–504 (nothing listening behind a proxy) */
  | { kind: 'unreachable' }
  /** an HTTP status that is the agency's own failure (500 and other 5xx) */
  | { kind: 'server-error'; status: number }
  /** no answer within the gateway's SUBGRAPH_TIMEOUT_MS */
  | { kind: 'timed-out' }
  /** anything else (a 4xx, a body that is not JSON): says nothing about the agency's health */
  | { kind: 'other' };

export interface VerdictInput {
  outcome: CallOutcome;
  /** the operation's estimated cost at the gateway; unknown counts as cheap */
  cost: number | undefined;
  /** the largest cost of a call whose timeout is blamed on the agency (BREAKER_CHEAP_COST) */
  cheapCost: number;
  /** the gateway's caller went away, so the gateway itself abandoned the call */
  callerGone: boolean;
}

export type Verdict = 'succeeded' | 'failed' | 'abandoned';

/**
 * What a call tells the breaker about the agency. Only the agency's faults
 * count against it: refused or reset connections, server errors, and a
 * *cheap* call (one whose estimated cost is at most `cheapCost`) timing
 * out. A dear call timing out is the caller's own doing — its query hit the
 * limits that exist for it — and so is a call the gateway dropped because
 * its caller left: neither opens the circuit for every other caller.
 */
export function breakerVerdict({ outcome, cost, cheapCost, callerGone }: VerdictInput): Verdict {
  if (callerGone) return 'abandoned';
  switch (outcome.kind) {
    case 'answered':
      return 'succeeded';
    case 'unreachable':
    case 'server-error':
      return 'failed';
    case 'timed-out':
      return (cost ?? 0) <= cheapCost ? 'failed' : 'abandoned';
    default:
      return 'abandoned';
  }
}
