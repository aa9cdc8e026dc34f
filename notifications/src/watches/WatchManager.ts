import { rowScopeOf, scopeCondition, unitsInScope } from '@ipc-hub/access';
import { type Database, type PageWindow, pageWindow, toPage } from '@ipc-hub/db';
import { badUserInput, forbidden } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import { parseInput } from '@ipc-hub/server-kit';
import { type AnyColumn, and, or, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { receivedEvents } from '../db/schema';
import type { DeliveryQueue } from '../delivery/DeliveryQueue';
import { checkWebhookTarget, type TargetPolicy } from '../delivery/webhookTarget';
import { WatchRepository } from './WatchRepository';
import { createWatchInput } from './watchInput';
import { ownerScope, type WatchRow } from './watchScope';

/** The sequence number a page's `after` cursor names (rows are newest first: the page is what came before it). */
function seqBefore(window: PageWindow): number | null {
  if (window.after === null) return null;
  const seq = window.after[0];
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw badUserInput('after', {
      vi: 'Con trỏ không hợp lệ',
      en: 'after is not a cursor of this list',
    });
  }
  return seq;
}

function textAny(column: AnyColumn | SQL, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::text[])`;
}

/** The feed's condition for one watch: its kinds, its owner's scope, its units and facilities. */
function watchCondition(watch: WatchRow): SQL {
  const scope = scopeCondition(ownerScope(watch), {
    facilityId: receivedEvents.facilityId,
    adminUnitCode: receivedEvents.adminUnitCode,
  });
  return (
    and(
      textAny(receivedEvents.type, watch.events),
      scope,
      watch.adminUnitCodes.length > 0
        ? textAny(receivedEvents.adminUnitCode, unitsInScope(watch.adminUnitCodes))
        : undefined,
      watch.facilityIds.length > 0
        ? sql`${receivedEvents.facilityId} = any(${sql.param(watch.facilityIds)}::uuid[])`
        : undefined,
    ) ?? sql`true`
  );
}

/**
 * What a caller does with watches: any signed-in role may watch, the public
 * may not; an AREA officer watches only its own units, an OPERATOR only its
 * own facilities, and each sees and deletes only its own watches.
 */
export class WatchManager {
  private readonly watches: WatchRepository;

  constructor(
    db: Database<typeof schema>,
    queue: DeliveryQueue,
    private readonly identity: Identity,
    private readonly policy: TargetPolicy,
  ) {
    this.watches = new WatchRepository(db, queue, identity.sub ?? '');
  }

  private signedIn(): void {
    if (this.identity.role === 'PUBLIC' || !this.identity.sub) {
      throw forbidden(undefined, {
        vi: 'Cần đăng nhập để theo dõi sự kiện',
        en: 'watching events needs a signed-in caller',
      });
    }
  }

  async create(raw: unknown): Promise<WatchRow> {
    this.signedIn();
    const input = parseInput(createWatchInput, raw);
    const adminUnitCodes = input.adminUnitCodes ?? [];
    const facilityIds = input.facilityIds ?? [];
    if (this.identity.role === 'AREA') {
      const own = new Set(unitsInScope(this.identity.adminUnits));
      const outside = adminUnitCodes.find((code) => !own.has(code));
      if (outside !== undefined) {
        throw forbidden('input.adminUnitCodes', {
          vi: `Đơn vị ${outside} không thuộc địa bàn của bạn`,
          en: `unit ${outside} is not one of your units`,
        });
      }
    }
    if (this.identity.role === 'OPERATOR') {
      const outside = facilityIds.find((id) => !this.identity.facilityIds.includes(id));
      if (outside !== undefined) {
        throw forbidden('input.facilityIds', {
          vi: `Cơ sở ${outside} không phải cơ sở của bạn`,
          en: `facility ${outside} is not one of your facilities`,
        });
      }
    }
    if (input.webhookUrl) {
      const target = await checkWebhookTarget(input.webhookUrl, this.policy);
      if (!target.ok) {
        throw badUserInput('input.webhookUrl', {
          vi: `Không gửi webhook tới địa chỉ này: ${target.reason}`,
          en: `webhookUrl refused: ${target.reason}`,
        });
      }
    }
    return this.watches.insert({
      ownerRole: this.identity.role,
      ownerAdminUnits: this.identity.role === 'AREA' ? this.identity.adminUnits : [],
      ownerFacilityIds: this.identity.role === 'OPERATOR' ? this.identity.facilityIds : [],
      name: input.name,
      events: input.events,
      // an AREA officer who names no unit watches all of its own (its scope decides)
      adminUnitCodes,
      facilityIds,
      webhookUrl: input.webhookUrl ?? null,
      webhookSecret: input.webhookSecret ?? null,
    });
  }

  async delete(id: string): Promise<boolean> {
    this.signedIn();
    return /^[0-9a-f-]{36}$/i.test(id) ? this.watches.delete(id) : false;
  }

  /** Resumes one of the caller's watches (paused after a day of failures); null if it has none by that id. */
  async resume(id: string): Promise<WatchRow | null> {
    this.signedIn();
    return /^[0-9a-f-]{36}$/i.test(id) ? this.watches.resume(id) : null;
  }

  async mine(): Promise<WatchRow[]> {
    this.signedIn();
    return this.watches.mine();
  }

  /** A watch's deliveries, newest first, a page at a time. */
  async deliveries(
    watchId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    this.signedIn();
    const window = pageWindow({ first, after }, 1);
    const rows = await this.watches.deliveriesOf(watchId, window.fetch, seqBefore(window));
    return toPage(rows, window, (row) => [row.seq]);
  }

  /**
   * The caller's feed: events any of its watches match, within the scope of
   * its token now (a watch made under a wider token shows no more), newest first.
   */
  async feed(first: number | null | undefined, after: string | null | undefined) {
    this.signedIn();
    const window = pageWindow({ first, after }, 1);
    const beforeSeq = seqBefore(window);
    const watches = await this.watches.mine();
    if (watches.length === 0) return toPage([], window, () => []);
    const now = scopeCondition(rowScopeOf(this.identity), {
      facilityId: receivedEvents.facilityId,
      adminUnitCode: receivedEvents.adminUnitCode,
    });
    const condition = and(or(...watches.map(watchCondition)), now) ?? sql`true`;
    const rows = await this.watches.feed(condition, window.fetch, beforeSeq);
    return toPage(rows, window, (row) => [row.seq]);
  }
}
