export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** consecutive failures that open the circuit */
  failureThreshold: number;
  /** how long the circuit stays open before one probe is let through */
  cooldownMs: number;
  /** milliseconds, monotonic; injectable for tests */
  now?: () => number;
  onStateChange?: (state: BreakerState) => void;
}

/**
 * A consecutive-failure circuit breaker for one subgraph. Closed: every call
 * goes through. After `failureThreshold` failures in a row it opens: calls
 * are refused at once for `cooldownMs`, instead of each waiting out a
 * connection error or the timeout. Then it is half-open: exactly one call
 * (the probe) goes through while the others are still refused; the probe's
 * outcome closes or re-opens it.
 *
 * Written here rather than taken from opossum or cockatiel: their current
 * lines need Node ≥ 22, and the gateway needs only this much.
 */
export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  get currentState(): BreakerState {
    return this.state;
  }

  /**
   * Asks to make a call. `false`: refuse it now. `true`: make it, then report
   * its outcome with `succeeded()` or `failed()` (or `abandoned()` when the
   * call ended in a way that says nothing about the subgraph's health).
   */
  tryAcquire(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      if (this.now() - this.openedAt < this.options.cooldownMs) return false;
      this.transition('half-open');
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.probing = false;
    if (this.state !== 'closed') this.transition('closed');
  }

  failed(): void {
    this.probing = false;
    this.failures += 1;
    if (this.state === 'half-open' || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.now();
      if (this.state !== 'open') this.transition('open');
    }
  }

  /** the call neither proved the subgraph healthy nor down (e.g. it answered 400): let another probe */
  abandoned(): void {
    this.probing = false;
  }

  private transition(state: BreakerState): void {
    this.state = state;
    this.options.onStateChange?.(state);
  }
}
