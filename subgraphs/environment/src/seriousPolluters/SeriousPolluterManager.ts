import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { recordEvent } from '@ipc-hub/events';
import { parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { existingFacility } from '../facilities/FacilityManager';
import { FacilityRepository } from '../facilities/FacilityRepository';
import type { SeriousPolluterListingModel } from '../models';
import { SeriousPolluterRepository } from './SeriousPolluterRepository';
import {
  listSeriousPolluterInput,
  publishSeriousPolluterListingInput,
  resolveSeriousPolluterInput,
} from './seriousPolluterInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "SeriousPolluterManager writes: its mutation's writer rule and its own record checks decide",
);

/** The list of seriously polluting facilities that DONRE keeps and the plan says it must publish. */
export class SeriousPolluterManager {
  constructor(private readonly db: Database<typeof schema>) {}

  async list(raw: unknown): Promise<SeriousPolluterListingModel> {
    const input = parseInput(listSeriousPolluterInput, raw);
    return this.db.transaction(async (tx) => {
      const facility = await existingFacility(
        new FacilityRepository(tx),
        input.facilityId,
        'input.facilityId',
      );
      const listings = new SeriousPolluterRepository(tx, WRITES);
      const pending = (await listings.ofFacilities([facility.id]))[0]?.find(
        (l) => l.resolution === 'PENDING',
      );
      if (pending) {
        throw conflict(
          {
            vi: `Cơ sở đang trong danh sách từ ${pending.listedOn}, chưa xử lý xong`,
            en: `the facility is already listed since ${pending.listedOn} and not yet resolved`,
          },
          'input.facilityId',
        );
      }
      const listing = await listings.insert({
        facilityId: facility.id,
        decision: input.decision,
        listedOn: input.listedOn,
        reason: input.reason ?? null,
        deadline: input.deadline ?? null,
        published: input.published ?? false,
      });
      await recordEvent(tx, {
        type: 'SERIOUS_POLLUTER_LISTED',
        facilityId: facility.id,
        adminUnitCode: facility.adminUnitCode,
        summary: `Facility listed as a serious polluter on ${input.listedOn} (decision ${input.decision})`,
        summaryVi: `Cơ sở bị đưa vào danh sách gây ô nhiễm môi trường nghiêm trọng ngày ${input.listedOn} (quyết định ${input.decision})`,
      });
      return listing;
    });
  }

  async resolve(raw: unknown): Promise<SeriousPolluterListingModel> {
    const input = parseInput(resolveSeriousPolluterInput, raw);
    return this.db.transaction(async (tx) => {
      const listings = new SeriousPolluterRepository(tx, WRITES);
      const listing = await existingListing(listings, input.listingId);
      if (listing.resolution !== 'PENDING') {
        throw conflict(
          {
            vi: `Đã xử lý: ${listing.resolution} (${listing.resolvedOn})`,
            en: `already resolved as ${listing.resolution} on ${listing.resolvedOn}`,
          },
          'input.listingId',
        );
      }
      if (input.resolvedOn < listing.listedOn) {
        throw badUserInput('input.resolvedOn', {
          vi: 'Ngày xử lý xong trước ngày đưa vào danh sách',
          en: `resolvedOn is before the facility was listed (${listing.listedOn})`,
        });
      }
      return listings.update(listing.id, {
        resolution: input.resolution,
        resolvedOn: input.resolvedOn,
      });
    });
  }

  async publish(raw: unknown): Promise<SeriousPolluterListingModel> {
    const input = parseInput(publishSeriousPolluterListingInput, raw);
    return this.db.transaction(async (tx) => {
      const listings = new SeriousPolluterRepository(tx, WRITES);
      const listing = await existingListing(listings, input.listingId);
      return listing.published ? listing : listings.update(listing.id, { published: true });
    });
  }
}

async function existingListing(
  listings: SeriousPolluterRepository,
  id: string,
): Promise<SeriousPolluterListingModel> {
  const [listing] = await listings.findByIds([id]);
  if (!listing) throw notFound('SeriousPolluterListing', id, 'input.listingId');
  return listing;
}
