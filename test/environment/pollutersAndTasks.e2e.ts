import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const own = generateEnvironmentSeed(base);

describe('the list of seriously polluting facilities', () => {
  let hub: TestStack;
  let donre: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  it('shows the public the published, unresolved listings only', async () => {
    const data = await hub.client().request<{
      seriousPolluters: Array<{ id: string; published: boolean; facility: { name: string } }>;
    }>('{ seriousPolluters { id published resolution facility { name } } }');
    const expected = own.seriousPolluterListings.filter(
      (l) => l.published && l.resolution === 'PENDING',
    );
    expect(data.seriousPolluters.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
    expect(data.seriousPolluters.every((l) => l.facility.name.length > 0)).toBe(true);
  });

  it("narrows the published list to a year's listings, resolved ones included when asked", async () => {
    const year = Number(own.seriousPolluterListings.find((l) => l.published)?.listedOn.slice(0, 4));
    const data = await hub
      .client()
      .request<{ seriousPolluters: Array<{ id: string }> }>(
        'query ($year: Int) { seriousPolluters(year: $year, includeResolved: true) { id } }',
        { year },
      );
    const expected = own.seriousPolluterListings.filter(
      (l) => l.published && Number(l.listedOn.slice(0, 4)) === year,
    );
    expect(data.seriousPolluters.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
  });

  it('lists, resolves and publishes a listing, each step once', async () => {
    const facility = base.facilities.find(
      (f) =>
        !own.seriousPolluterListings.some(
          (l) => l.facilityId === f.id && l.resolution === 'PENDING',
        ),
    );
    const list = `mutation ($input: ListSeriousPolluterInput!) { listSeriousPolluter(input: $input) { id resolution published deadline } }`;
    const input = {
      facilityId: facility?.id,
      decision: 'QĐ 1234/QĐ-UBND',
      listedOn: '2025-03-01',
      reason: 'Xả nước thải vượt quy chuẩn nhiều lần',
      deadline: '2026-03-01',
    };
    const listed = await hub
      .client(donre)
      .request<{ listSeriousPolluter: { id: string } }>(list, { input });
    expect(listed.listSeriousPolluter).toMatchObject({
      resolution: 'PENDING',
      published: false,
      deadline: '2026-03-01',
    });
    const twice = await refusal(hub.client(donre).request(list, { input }));
    expect(twice?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.facilityId' });

    const id = listed.listSeriousPolluter.id;
    const resolve = `mutation ($input: ResolveSeriousPolluterInput!) { resolveSeriousPolluter(input: $input) { resolution resolvedOn } }`;
    const early = await refusal(
      hub.client(donre).request(resolve, {
        input: { listingId: id, resolution: 'CLOSED', resolvedOn: '2024-01-01' },
      }),
    );
    expect(early?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resolvedOn' });
    const backToPending = await refusal(
      hub.client(donre).request(resolve, {
        input: { listingId: id, resolution: 'PENDING', resolvedOn: '2025-06-01' },
      }),
    );
    expect(backToPending?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.resolution',
    });
    const resolved = await hub.client(donre).request<{ resolveSeriousPolluter: unknown }>(resolve, {
      input: { listingId: id, resolution: 'THOROUGHLY_TREATED', resolvedOn: '2025-09-30' },
    });
    expect(resolved.resolveSeriousPolluter).toEqual({
      resolution: 'THOROUGHLY_TREATED',
      resolvedOn: '2025-09-30',
    });
    const again = await refusal(
      hub.client(donre).request(resolve, {
        input: { listingId: id, resolution: 'CLOSED', resolvedOn: '2025-10-01' },
      }),
    );
    expect(again?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.listingId' });

    const published = await hub
      .client(donre)
      .request<{ publishSeriousPolluterListing: { published: boolean } }>(
        'mutation ($id: ID!) { publishSeriousPolluterListing(input: { listingId: $id }) { published } }',
        { id },
      );
    expect(published.publishSeriousPolluterListing.published).toBe(true);
  });

  it('refuses a listing by another agency as FORBIDDEN', async () => {
    const error = await refusal(
      hub
        .client(await testToken({ role: 'POLICE' }))
        .request(
          'mutation ($id: ID!) { publishSeriousPolluterListing(input: { listingId: $id }) { id } }',
          { id: own.seriousPolluterListings[0]?.id },
        ),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the plan's twelve tasks", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('lists the twelve tasks of the appendix in order, with their lead agencies as written', async () => {
    const data = await hub.client().request<{
      planTasks: Array<{ number: number; title: string; leadAgency: string; timeFrame: string }>;
    }>('{ planTasks { number title leadAgency timeFrame notes { notedOn note } } }');
    expect(data.planTasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data.planTasks[0]).toMatchObject({
      title: 'Công bố danh sách cơ sở gây ô nhiễm môi trường nghiêm trọng',
      leadAgency: 'Sở Tài nguyên và Môi trường',
      timeFrame: '2012-2015',
    });
    expect(data.planTasks[2]?.leadAgency).toBe('Sở Công thương');
  });

  it('records dated progress and a new status for DONRE, and refuses it from others', async () => {
    const task = own.planTasks.find((t) => t.number === 12);
    const record = `mutation ($input: RecordPlanTaskProgressInput!) { recordPlanTaskProgress(input: $input) { status notes { notedOn note } } }`;
    const input = {
      taskId: task?.id,
      notedOn: '2026-10-15',
      note: 'Hoàn thành thí điểm PCM tại KCN Thăng Long',
      status: 'COMPLETED',
    };
    const data = await hub.client(await testToken({ role: 'DONRE' })).request<{
      recordPlanTaskProgress: { status: string; notes: Array<{ notedOn: string; note: string }> };
    }>(record, { input });
    expect(data.recordPlanTaskProgress.status).toBe('COMPLETED');
    expect(data.recordPlanTaskProgress.notes.at(-1)).toEqual({
      notedOn: '2026-10-15',
      note: input.note,
    });
    const error = await refusal(
      hub.client(await testToken({ role: 'CITY' })).request(record, { input }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});
