import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport } from '@ipc-hub/report';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { emptyDatabase, type TestDatabase, type TestStack, testToken } from '@ipc-hub/testing';
import { launchChromium } from '@ipc-hub/testing/chromium';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  startHubForNotifications,
  startTestNotifications,
} from '../notifications/support/startTestNotifications';
import { RECORD_VIOLATION } from '../police/support/operations';

/**
 * The web console in Debian's Chromium against the real hub: the four
 * agencies' subgraphs and the gateway serving the console built once here.
 * Each test keeps a screenshot under test/console/screenshots/ and checks
 * its page with axe-core.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const consoleDir = `${root}packages/console/dist`;
const shots = `${root}test/console/screenshots`;
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** A name without its Vietnamese accents, as someone typing without them would write it. */
const unaccented = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

describe('the web console', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let notificationsDatabase: TestDatabase;
  let notifications: Awaited<ReturnType<typeof startTestNotifications>>;

  beforeAll(async () => {
    const build = spawnSync('pnpm', ['--filter', '@ipc-hub/console', 'build'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the console did not build:\n${build.stderr}`);
    // the notifications service too, composed behind the gateway, for the caller's notifications
    const started = await startHubForNotifications({ CONSOLE_DIR: consoleDir });
    stack = started.hub;
    notificationsDatabase = await emptyDatabase(inject('databaseTemplates'), 'notifications');
    await started.release();
    notifications = await startTestNotifications(stack, notificationsDatabase, {
      PORT: String(started.port),
    });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await notifications?.close();
    await stack?.close();
    await notificationsDatabase?.drop();
  });

  const cspViolations = new WeakMap<Page, string[]>();
  const requestLog = new WeakMap<Page, string[]>();

  async function open(path: string, token?: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    if (token) {
      await context.addInitScript(
        (value) =>
          (
            globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
          ).sessionStorage.setItem('ipc-hub.token', value),
        token,
      );
    }
    const page = await context.newPage();
    // The pages run under a content security policy: anything of the console's it blocks is a failure.
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    cspViolations.set(page, blocked);
    // what the page asked for, in order: a script by its name, a GraphQL request by its operation
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/graphql' && request.method() === 'POST') {
        asked.push(
          `graphql:${(request.postDataJSON() as { operationName?: string }).operationName}`,
        );
      } else if (url.pathname.endsWith('.js')) asked.push(`script:${url.pathname}`);
    });
    requestLog.set(page, asked);
    await page.goto(base + path);
    return page;
  }

  /**
   * With CONSOLE_README_SHOTS=1, writes the README's picture of a page (its
   * first screenful, or one element of it) to docs/img/console-<name>.png.
   */
  async function readmeShot(page: Page, name: string, element?: string): Promise<void> {
    if (process.env.CONSOLE_README_SHOTS !== '1') return;
    const path = `${root}docs/img/console-${name}.png`;
    if (element) await page.locator(element).screenshot({ path });
    else await page.screenshot({ path });
  }

  /**
   * Keeps a screenshot and fails on any serious or critical accessibility
   * violation anywhere on the page, the API explorer's editor included.
   */
  async function check(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
    expect(cspViolations.get(page)).toEqual([]);
    // Evaluated by the browser's debugging protocol, which the page's policy does not govern
    // (a script tag would be refused by it, as it should be).
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (
        globalThis as unknown as {
          axe: {
            run(): Promise<{
              violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
            }>;
          };
        }
      ).axe.run();
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }

  it('shows the public the board with all seven targets and their drill-down', async () => {
    const page = await open('/');
    const targets = page.getByTestId('target');
    // The hub's first plan reports after a start: four at once, each compiled and planned for the
    // first time on databases whose caches are cold (about 5 s alone, over 30 s beside the other
    // end-to-end files on two shared cores). What this test checks does not depend on how long.
    await expect.poll(() => targets.count(), { timeout: 120_000 }).toBe(7);
    // the board's four requests leave before the app's script is asked for, and each leaves once:
    // the app takes the answers of those sent early instead of asking again
    const asked = requestLog.get(page) ?? [];
    const board = asked.filter((entry) => /ConsolePlanReport|ConsoleQuarterValues/.test(entry));
    expect(board.sort()).toEqual([
      'graphql:ConsolePlanReport',
      'graphql:ConsoleQuarterValues',
      'graphql:ConsoleQuarterValues',
      'graphql:ConsoleQuarterValues',
    ]);
    const scripts = asked.filter((entry) => entry.startsWith('script:'));
    expect(scripts.length).toBeGreaterThan(1);
    expect(asked.indexOf('graphql:ConsolePlanReport')).toBeLessThan(
      asked.indexOf(scripts[1] ?? ''),
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Kết quả thực hiện kế hoạch',
    );
    // the four quarters' charts are drawn
    await expect.poll(() => page.locator('[data-testid=target] svg').count()).toBe(7);
    await targets
      .first()
      .getByRole('button', { name: /Chi tiết/ })
      .click();
    const drill = page.getByTestId('drill');
    await expect.poll(() => drill.locator('tbody tr').count()).toBeGreaterThan(0);
    await check(page, 'board');
    await readmeShot(page, 'board');
  }, 180_000);

  it('downloads the board as the workbook `pnpm report` writes, sheet for sheet and cell for cell', async () => {
    const token = await testToken({ role: 'CITY' });
    const page = await open('/', token);
    await page.getByLabel(/^Kỳ/).fill('2025');
    await page.getByRole('button', { name: 'Xem' }).click();
    // the year's seven targets are on the board before the workbook is asked for
    await expect.poll(() => page.getByTestId('target').count(), { timeout: 30_000 }).toBe(7);
    expect(await page.getByTestId('target').first().getAttribute('data-code')).toBe('3.1');
    // the four quarters are in the workbook's trend sheet: wait until they are all read
    await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 30_000 }).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Tải XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ke-hoach-75-2025.xlsx');
    const dir = mkdtempSync(join(tmpdir(), 'ipc-hub-console-'));
    const downloaded = join(dir, 'console.xlsx');
    await download.saveAs(downloaded);
    const written = join(dir, 'report.xlsx');
    await writeReport({
      gatewayUrl: stack.gatewayUrl,
      token,
      period: '2025',
      adminUnit: null,
      trend: true,
      format: 'xlsx',
      out: written,
    });
    const cells = async (path: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      return workbook.worksheets.map((sheet) => ({
        name: sheet.name,
        rows: sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.map(String) : row)),
      }));
    };
    const fromConsole = await cells(downloaded);
    expect(fromConsole.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      ...['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7'].map((code) => `Chỉ tiêu ${code}`),
      'Nhiệm vụ',
      'Xu hướng',
    ]);
    expect(fromConsole).toEqual(await cells(written));
    await check(page, 'board-city');
  }, 120_000);

  const seed = generateHanoiSeed();
  const violated = new Set(seed.violations.map((v) => v.facilityId));
  const facility = seed.facilities.find(
    (f) =>
      violated.has(f.id) &&
      seed.zoneTenancies.some((t) => t.facilityId === f.id) &&
      unaccented(f.name) !== f.name,
  );

  it('finds a facility by its unaccented name, and its profile brings the four agencies together', async () => {
    if (!facility) throw new Error('the demo data has no facility in a zone with a violation');
    const page = await open('/facilities', await testToken({ role: 'DONRE' }));
    await page.getByLabel(/Tên, mã số thuế/).fill(unaccented(facility.name));
    // filtered by its status it is found, every result in that status; by another it is not
    const labels: Record<string, string> = {
      OPERATING: 'Đang hoạt động',
      CLOSED: 'Đã đóng cửa',
      SUSPENDED: 'Tạm dừng hoạt động',
      RELOCATED: 'Đã di dời',
      UNDER_CONSTRUCTION: 'Đang xây dựng',
    };
    const statuses = () => page.getByTestId('status').allTextContents();
    const other = facility.status === 'CLOSED' ? 'OPERATING' : 'CLOSED';
    await page.getByLabel('Tình trạng hoạt động').selectOption(other);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect
      .poll(async () => (await statuses()).every((s) => s === labels[other]), { timeout: 30_000 })
      .toBe(true);
    expect(await page.getByRole('link', { name: facility.name }).count()).toBe(0);
    await page.getByLabel('Tình trạng hoạt động').selectOption(facility.status);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('link', { name: facility.name }).first().waitFor({ timeout: 30_000 });
    expect(new Set(await statuses())).toEqual(new Set([labels[facility.status]]));
    await page.getByRole('link', { name: facility.name }).first().click();
    await page.getByRole('heading', { level: 1, name: facility.name }).waitFor({ timeout: 30_000 });
    const section = (id: string) => page.getByTestId(id);
    expect(await section('registry').textContent()).toContain(facility.address);
    const zone = seed.zones.find(
      (z) => z.id === seed.zoneTenancies.find((t) => t.facilityId === facility.id)?.zoneId,
    );
    expect(await section('zones').textContent()).toContain(zone?.name);
    expect(await section('police').locator('li').count()).toBeGreaterThan(0);
    for (const id of ['registry', 'zones', 'police', 'waste', 'polluter', 'stations']) {
      expect(await section(id).getByRole('heading').textContent()).toMatch(/ — /);
    }
    // DONRE sees the legal representative
    const representative = await section('legal-representative').textContent();
    expect(representative).not.toContain('Không hiển thị');
    expect(representative).not.toBe('Không có');
    await check(page, 'profile');
    await readmeShot(page, 'profile');
  }, 90_000);

  it('shows the public the legal representative as withheld', async () => {
    if (!facility) throw new Error('no facility');
    const page = await open(`/facilities/${facility.id}`);
    await page.getByRole('heading', { level: 1, name: facility.name }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('legal-representative').textContent()).toBe(
      'Không hiển thị với vai trò của bạn',
    );
    await check(page, 'profile-public');
  }, 60_000);

  it("draws a station's readings with its limit", async () => {
    const token = await testToken({ role: 'DONRE' });
    const { monitoringStations } = await stack.client(token).request<{
      monitoringStations: {
        edges: Array<{
          node: { id: string; limits: Array<{ parameter: string; max: number }> | null };
        }>;
      };
    }>('{ monitoringStations(first: 20) { edges { node { id limits { parameter max } } } } }');
    const station = monitoringStations.edges.find((e) => e.node.limits?.length)?.node;
    if (!station?.limits?.[0]) throw new Error('the demo data has no station with a limit');
    const parameter = station.limits[0].parameter;
    const page = await open(
      `/monitoring?station=${station.id}&parameter=${parameter}&from=2020-01-01&to=2020-01-08`,
      token,
    );
    const chart = page.getByTestId('station-chart');
    await chart.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => chart.locator('svg text', { hasText: 'Giới hạn' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await check(page, 'monitoring');
  }, 60_000);

  it("draws a station's daily averages with their highest readings and shades its silences", async () => {
    const token = await testToken({ role: 'DONRE' });
    const { monitoringStations } = await stack.client(token).request<{
      monitoringStations: {
        edges: Array<{
          node: { id: string; code: string; limits: Array<{ parameter: string }> | null };
        }>;
      };
    }>('{ monitoringStations(first: 20) { edges { node { id code limits { parameter } } } } }');
    const station = monitoringStations.edges.find((e) => e.node.limits?.length)?.node;
    if (!station?.limits?.[0]) throw new Error('the demo data has no station with a limit');
    const parameter = station.limits[0].parameter;
    // the demo's readings end on 1/11/2026: the window holds readings, then the silence after them
    const [from, to] = ['2026-10-20', '2026-11-04'];
    const { monitoringStation } = await stack.client(token).request<{
      monitoringStation: { readings: unknown[]; gaps: Array<{ from: string; to: string }> };
    }>(
      `query($id: ID!, $p: String!) { monitoringStation(id: $id) {
        readings(parameter: $p, from: "${from}T00:00:00+07:00", to: "${to}T00:00:00+07:00", resolution: DAY) { measuredAt }
        gaps(from: "${from}T00:00:00+07:00", to: "${to}T00:00:00+07:00") { from to } } }`,
      { id: station.id, p: parameter },
    );
    expect(monitoringStation.readings.length).toBeGreaterThan(0);
    expect(monitoringStation.gaps.length).toBeGreaterThan(0);
    const page = await open(
      `/monitoring?station=${station.id}&parameter=${parameter}&from=${from}&to=${to}&resolution=DAY`,
      token,
    );
    const chart = page.getByTestId('station-chart');
    await chart.waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Độ phân giải').inputValue()).toBe('DAY');
    // the page's count of silences is the API's, and each is drawn as a shaded band
    expect(await page.getByTestId('gaps').textContent()).toMatch(
      new RegExp(`: ${monitoringStation.gaps.length} lần, tổng [\\d.]+ giờ`),
    );
    await expect
      .poll(() => chart.locator('svg text', { hasText: 'Mất dữ liệu' }).count(), {
        timeout: 10_000,
      })
      .toBe(monitoringStation.gaps.length <= 12 ? monitoringStation.gaps.length : 0);
    // the legend names the daily average and the day's highest reading
    expect(await chart.locator('svg text', { hasText: 'Cao nhất' }).count()).toBeGreaterThan(0);
    expect(
      await chart.locator('svg text', { hasText: `${parameter} (trung bình)` }).count(),
    ).toBeGreaterThan(0);
    await check(page, 'monitoring-daily');
    // every reading over two months is more than the API answers: the page says so before asking
    await page.getByLabel('Độ phân giải').selectOption('RAW');
    await page.getByLabel('Từ ngày').fill('2026-09-01');
    expect(await page.getByRole('alert').textContent()).toContain('tối đa 31 ngày');
    expect(await page.getByRole('button', { name: 'Xem', exact: true }).isDisabled()).toBe(true);
  }, 90_000);

  it("shows the zones and clusters with their plants and tenants, on a map drawn from the hub's own coordinates and as a table", async () => {
    const page = await open('/zones');
    const rows = page.locator('[data-testid=zones-table] tbody tr');
    await expect
      .poll(() => rows.count(), { timeout: 30_000 })
      .toBe(seed.zones.length + seed.clusters.length);
    // every zone's plant status, as the Board recorded it
    const plantWord = {
      OPERATING: 'đang vận hành',
      UNDER_CONSTRUCTION: 'đang xây dựng',
      NONE: 'chưa có',
    };
    for (const zone of seed.zones) {
      const row = page.locator(`tr[id="zone-${zone.code}"]`);
      expect(await row.locator('th').textContent()).toContain(zone.name);
      expect(await row.getByTestId('plant').textContent()).toContain(plantWord[zone.plant.status]);
    }
    // a zone's tenants are listed, each a link to its profile
    const tenanted = seed.zones.find((z) => seed.zoneTenancies.some((t) => t.zoneId === z.id));
    if (!tenanted) throw new Error('the demo data has no zone with tenants');
    const tenants = seed.zoneTenancies.filter((t) => t.zoneId === tenanted.id);
    const row = page.locator(`tr[id="zone-${tenanted.code}"]`);
    await row.locator('summary').click();
    expect(await row.locator('details li a').count()).toBe(tenants.length);
    // the map: one mark per zone or cluster with a tenant that has coordinates, the same as the table says
    const placed = await page.locator('td', { hasText: /^Đặt theo \d+ cơ sở có toạ độ$/ }).count();
    expect(placed).toBeGreaterThan(0);
    expect(await page.getByTestId('map-site').count()).toBe(placed);
    expect(await page.locator('svg[data-testid=site-map] circle').count()).toBeGreaterThan(
      seed.facilities.length / 2,
    );
    expect(await page.getByText(/Hub không lưu toạ độ của khu, cụm/).count()).toBe(1);
    // nothing but the hub: no tile server, no other host
    // keyboard: a zone's mark is reached with Tab and leads to its row in the table
    await page.getByTestId('map-site').first().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate<string>('window.location.hash'))
      .toMatch(/^#(zone|cluster)-/);
    const target = (await page.evaluate<string>('window.location.hash')).slice(1);
    expect(await page.locator(`tr[id="${target}"]`).isVisible()).toBe(true);
    await check(page, 'zones');
    await readmeShot(page, 'zones-map', 'figure.site-map');
  }, 90_000);

  it("lists an area's stations with their latest state, each leading to its chart", async () => {
    const token = await testToken({ role: 'DONRE' });
    type Station = { id: string; code: string; adminUnit: { code: string } };
    const { monitoringStations } = await stack.client(token).request<{
      monitoringStations: { totalCount: number; edges: Array<{ node: Station }> };
    }>(
      '{ monitoringStations(first: 200) { totalCount edges { node { id code adminUnit { code } } } } }',
    );
    // the demo's readings end on its "today": at noon that day every station has been silent for hours
    const at = '2026-11-01T12:00';
    const page = await open(`/monitoring?unit=&at=${at}`, token);
    const rows = page.getByTestId('station-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(monitoringStations.totalCount);
    await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 60_000 }).toBe(0);
    const first = monitoringStations.edges[0]?.node;
    if (!first) throw new Error('the demo data has no station');
    // the state the page shows is the one the API gives for that station: its newest reading,
    // where the silence that reaches the moment starts
    const { monitoringStation } = await stack.client(token).request<{
      monitoringStation: {
        lastReadingAt: string | null;
        gaps: Array<{ from: string; to: string }>;
      };
    }>(
      `query($id: ID!) { monitoringStation(id: $id) {
        lastReadingAt(at: "${at}:00+07:00")
        gaps(from: "2026-08-03T12:00:00+07:00", to: "${at}:00+07:00") { from to } } }`,
      { id: first.id },
    );
    const silence = monitoringStation.gaps.at(-1);
    if (!silence || !monitoringStation.lastReadingAt)
      throw new Error('the station is not silent at noon of the demo day');
    expect(Date.parse(monitoringStation.lastReadingAt)).toBe(Date.parse(silence.from));
    const row = page.locator(`[data-testid=station-row][data-station="${first.code}"]`);
    const local = new Date(
      Date.parse(monitoringStation.lastReadingAt) + 7 * 3_600_000,
    ).toISOString();
    expect(await row.getByTestId('last-reading').textContent()).toBe(
      `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`,
    );
    expect(await row.getByTestId('silent').textContent()).toMatch(/^Có, \d+ giờ$/);
    expect(await row.getByTestId('exceeding').textContent()).toMatch(/^(Có: \d+ lần|Không)/);
    // at least one of the demo's stations broke a limit on its last day
    expect(
      await page.getByTestId('exceeding').filter({ hasText: /^Có: / }).count(),
    ).toBeGreaterThan(0);
    await check(page, 'stations');
    // an area: the stations in one unit and the units under it, as the API filters them
    const { monitoringStations: inUnit } = await stack.client(token).request<{
      monitoringStations: { totalCount: number };
    }>('query($u: String) { monitoringStations(filter: { adminUnitCode: $u }) { totalCount } }', {
      u: first.adminUnit.code,
    });
    // the area is picked from the hub's own units: today's communes and wards, then the former districts
    const picker = page.getByLabel(/^Địa bàn/);
    await expect
      .poll(() => picker.locator('option').count(), { timeout: 30_000 })
      .toBe(1 + 126 + 30);
    await picker.selectOption(first.adminUnit.code);
    await page.getByRole('button', { name: 'Xem trạm' }).click();
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(inUnit.totalCount);
    // a station's chart, one click away
    await row.getByRole('link', { name: new RegExp(`Biểu đồ ${first.code}`) }).click();
    const chart = page.getByTestId('station-chart');
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.getByRole('heading').textContent()).toContain(first.code);
  }, 120_000);

  it('shows an officer its notifications and watches and lets it watch; asks the public to sign in', async () => {
    const publicPage = await open('/notifications');
    await publicPage.getByText('Cần đăng nhập để theo dõi sự kiện').waitFor({ timeout: 30_000 });
    await publicPage.context().close();

    const page = await open('/notifications', await testToken({ role: 'DONRE' }));
    await page.getByText('Bạn chưa theo dõi sự kiện nào').waitFor({ timeout: 30_000 });
    await page.getByLabel('Tên', { exact: true }).fill('Vi phạm toàn thành phố');
    await page.getByLabel('Ghi nhận vi phạm', { exact: true }).check();
    await page.getByRole('button', { name: 'Theo dõi', exact: true }).click();
    const watches = page.getByTestId('watch');
    await expect.poll(() => watches.count(), { timeout: 30_000 }).toBe(1);
    expect(await watches.first().textContent()).toContain('Ghi nhận vi phạm');

    // the police record a violation; the service takes it from their outbox
    const facility = seed.facilities.find((f) => f.status === 'OPERATING');
    if (!facility) throw new Error('the demo data has no operating facility');
    await stack.client(await testToken({ role: 'POLICE' })).request(RECORD_VIOLATION, {
      input: {
        facilityId: facility.id,
        detectedOn: '2026-11-20',
        category: 'NO_PERMIT',
        legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 15, khoản 2',
      },
    });
    await notifications.relay.pollOnce();
    await page.reload();
    const rows = page.getByTestId('notification');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('Ghi nhận vi phạm');
    // its subject as DONRE holds it, a link to the facility's profile
    await rows.first().getByRole('link', { name: facility.name }).waitFor();
    await check(page, 'notifications');

    await page.getByRole('button', { name: 'Xóa Vi phạm toàn thành phố' }).click();
    await expect.poll(() => watches.count(), { timeout: 30_000 }).toBe(0);
  }, 120_000);

  it('lets the public send a report without signing in and follow it by its tracking code', async () => {
    const commune = seed.facilities[0]?.adminUnitCode;
    if (!commune) throw new Error('the demo data has no facility');
    const page = await open('/report');
    await page.getByRole('heading', { level: 1, name: 'Phản ánh, kiến nghị' }).waitFor();
    await page.getByLabel('hoặc mã xã, phường').fill(commune);
    await page.getByLabel('Nội dung').fill('Mùi khét và khói trắng từ khu sản xuất vào ban đêm.');
    await page.getByLabel('Điện thoại').fill('0912345678');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    const code = page.getByTestId('tracking-code');
    await code.waitFor({ timeout: 30_000 });
    const trackingCode = (await code.textContent()) ?? '';
    expect(trackingCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await page.getByLabel('Mã tra cứu').fill(trackingCode.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const status = page.getByTestId('report-status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/đã tiếp nhận.*DONRE/);
    // the public status shows nothing of the contact
    expect(await status.textContent()).not.toMatch(/0912/);
    await check(page, 'report');
    // a guessed code finds nothing
    await page.getByLabel('Mã tra cứu').fill('ABCDE-FGHJK-MNPQR-STVWX');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect
      .poll(() => page.getByTestId('report-status').textContent(), { timeout: 30_000 })
      .toMatch(/Không có phản ánh/);
  }, 90_000);

  it('switches the labels to English in one click', async () => {
    const page = await open('/sign-in');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('link', { name: 'City board' }).count()).toBe(1);
    // a pasted token signs in; a refused one sends the page back to the public with a message
    await page.getByLabel('token').fill(await testToken({ role: 'DONRE' }));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect(await page.getByTestId('role').textContent()).toBe('Role: DONRE');
    await check(page, 'sign-in');
  }, 60_000);

  it('offers agency developers a GraphQL explorer served by the hub itself, with their token attached', async () => {
    const page = await open('/explorer', await testToken({ role: 'DONRE' }));
    // the whole page is the hub's own: nothing is fetched from another host
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) elsewhere.push(request.url());
    });
    await page.getByRole('heading', { name: 'Khám phá API GraphQL' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/^Truy vấn chạy với quyền của vai trò: DONRE/).count()).toBe(1);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 30_000 });
    await run.click();
    await expect
      .poll(() => page.locator('.result-window').textContent(), { timeout: 30_000 })
      .toContain('totalCount');
    expect(await page.locator('.result-window').textContent()).not.toContain('errors');
    expect(elsewhere).toEqual([]);
    // a browser opening the API's own address is sent here
    const landing = await open('/graphql');
    await landing.waitForURL(`${base}/explorer`, { timeout: 30_000 });
    // the editors are named for what they edit, and their scrolling panes take the keyboard
    expect(await page.locator('textarea[aria-label="Truy vấn GraphQL"]').count()).toBe(1);
    expect(await page.locator('textarea[aria-label="Kết quả"]').count()).toBe(1);
    await page.locator('textarea[aria-label="Truy vấn GraphQL"]').focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate<boolean>(
        "document.activeElement?.closest('.graphiql-container') !== null",
      ),
    ).toBe(true);
    // the whole page, the IDE included, with the documentation pane open too
    await check(page, 'explorer');
    await page
      .getByRole('button', { name: /documentation/i })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer').waitFor({ timeout: 30_000 });
    await check(page, 'explorer-docs');
  }, 90_000);
});
