import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { buildConsole, launchBrowser, type TestBrowser } from '../support/browser';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';
import { startSimulatedDevice, type SimulatedDevice } from '../support/snmp-agents';

/** This file's loopback addresses: 127.0.13.0/24. */
const DEVICE = '127.0.13.1';
/** Hosts that answer ping (all of 127/8 does) and nothing else: "no SNMP", a neutral outcome; .10 sorts after .9 by number, before it as text. */
const PING_ONLY = ['127.0.13.10', '127.0.13.9'];
const AGENT_UUID = '0f3c9a52-6d1e-4b7a-9c21-5e8f7a6b4d30';
const LIVE_AGENT_UUID = '0f3c9a52-6d1e-4b7a-9c21-5e8f7a6b4d31';

/**
 * The web console in a real browser against the real server: sign in, create a connection
 * (and see the API's validation inline), Test Connection against a simulated SNMP switch,
 * scan it, find it in the equipment table, resolve a pending agent; a screenshot of each page.
 * Toasts say what each action did; sorting, selecting, a bulk change and a merge are done with
 * the keyboard alone, the merge split again from the Identities tab; the list exported as CSV;
 * a broken OCS folder watch shown on its connection and the dashboard; the dashboard's charts
 * drawn; scan progress and changes made elsewhere (the API, an agent) pushed over the event stream.
 */
describe('web console (headless Chromium)', () => {
  let server: TestServer;
  let device: SimulatedDevice;
  let browser: TestBrowser;
  let page: Page;
  let shot: (name: string) => Promise<void>;
  /** Every WCAG 2 A/AA violation axe-core found on a page the spec photographed. */
  const accessibility: string[] = [];

  const nav = async (section: string) => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  };

  before(async () => {
    buildConsole();
    device = await startSimulatedDevice({ kind: 'switch', sysName: 'e2e-core-switch', community: 'e2e-community' }, { address: DEVICE });
    server = await startTestServer('sqlite');
    await queuePendingAgent(server);
    browser = await launchBrowser();
    page = browser.page;
    // Toasts fade in and, when they close on their own, out (opacity, 250 ms): axe and the picture
    // are taken once no toast is moving. A toast may begin to close while axe reads the page and be
    // gone before the next look, so any violation is read again once the page has settled: a real
    // one is there both times, a half-faded title only once.
    const toastMoving = 'document.getAnimations().some((animation) => animation.playState === "running" && animation.effect?.target?.closest?.(".mantine-Notifications-root"))';
    // Polled with evaluate: waitForFunction would compile the string in the page, which the console's CSP forbids.
    const toastsSettle = async () => {
      await page.waitForTimeout(300);
      for (const deadline = Date.now() + 5000; (await page.evaluate(toastMoving)) && Date.now() < deadline; ) {
        await page.waitForTimeout(50);
      }
    };
    shot = async (name: string) => {
      await toastsSettle();
      await browser.screenshot(name);
      let violations = await browser.accessibilityViolations();
      if (violations.length > 0) {
        await toastsSettle();
        violations = await browser.accessibilityViolations();
      }
      process.stdout.write(`# axe ${name}: ${violations.length === 0 ? 'none' : violations.join('; ')}\n`);
      accessibility.push(...violations.map((violation) => `${name}: ${violation}`));
    };
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await device?.close();
  });

  it('signs in with an API token, refusing a wrong one', async () => {
    await page.goto(server.url);
    await page.getByLabel('API token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('the API token is unknown or revoked').waitFor();
    await shot('sign-in');
    await page.getByLabel('API token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  it('creates a network connection, showing the API’s validation messages inline first', async () => {
    await nav('Connections');
    await page.getByRole('link', { name: 'New network connection' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('E2E lab');
    await page.getByRole('textbox', { name: 'Targets' }).fill('300.1.2.3');
    await page.getByRole('textbox', { name: 'Schedule (cron)' }).fill('every night');
    await page.getByLabel('Community (credential 1)').fill('e2e-community');
    await page.getByRole('button', { name: 'Save and Apply Settings' }).click();
    const targets = page.getByRole('textbox', { name: 'Targets' });
    await page.getByText('is not a valid cron expression').first().waitFor();
    assert.equal(await targets.getAttribute('aria-invalid'), 'true', 'the targets field is marked invalid');
    // The summary at the top takes the focus (Save is at the bottom) and links each problem to its field.
    const summary = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await summary.waitFor();
    assert.match(String(await page.evaluate('document.activeElement?.closest("[role=alert]")?.textContent ?? ""')), /Not saved/, 'the error summary has the focus');
    await summary.getByRole('link', { name: 'Targets' }).click();
    assert.equal(await page.evaluate('document.activeElement === document.querySelector("[data-field=targets]")'), true, 'the summary link moves to the field');
    await shot('connection-validation');

    // Test Connection on invalid settings fails with a toast (an alert, read at once), which Escape dismisses.
    await page.getByRole('textbox', { name: 'Target host' }).fill(DEVICE);
    await page.getByRole('button', { name: 'Test Connection' }).click();
    const failedToast = page.getByRole('alert').filter({ hasText: 'Test Connection failed' });
    await failedToast.waitFor();
    await shot('toast-failed');
    await page.keyboard.press('Escape');
    await failedToast.waitFor({ state: 'detached' });

    await targets.fill([DEVICE, ...PING_ONLY].join('\n'));
    assert.notEqual(await targets.getAttribute('aria-invalid'), 'true', 'a field fixed loses its old error at once');
    await page.getByRole('textbox', { name: 'Schedule (cron)' }).fill('');
    await page.getByRole('textbox', { name: 'Timeout (ms)' }).nth(1).fill('1000');
  });

  it('tests the form’s settings, before saving them, step by step against the simulated SNMP device', async () => {
    await page.getByRole('textbox', { name: 'Target host' }).fill(DEVICE);
    await page.getByRole('button', { name: 'Test Connection' }).click();
    const steps = page.getByRole('table', { name: 'Test steps' });
    await steps.waitFor();
    const statusOf = async (step: string) => steps.locator(`tr[data-step="${step}"]`).getAttribute('data-status');
    assert.equal(await statusOf('ping'), 'ok');
    assert.equal(await statusOf('snmp'), 'ok');
    assert.equal(await statusOf('capture-agent'), 'skipped');
    await page.getByText('e2e-core-switch').first().waitFor();
    await shot('test-connection');
    assert.equal((await (await server.call('/api/v1/connections')).json()).total, 0, 'testing saved nothing');

    await page.getByRole('button', { name: 'Save and Apply Settings' }).click();
    await page.getByRole('heading', { name: 'E2E lab' }).waitFor();
    assert.match(page.url(), /\/connections\/[0-9a-f-]{36}$/);
    await page.getByRole('status').filter({ hasText: 'Connection saved' }).waitFor();
  });

  it('starts a scan and follows it until it completes, each host by address with its name, "no SNMP" neutral', async () => {
    // The page reads the run when the server pushes progress, and the results (for the grid and the table at once) at most once a second.
    const reads = { run: 0, results: 0, events: 0 };
    const count = (request: { url(): string }) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/api/v1/events') {
        reads.events += 1;
      } else if (/^\/api\/v1\/scans\/[0-9a-f-]{36}$/.test(pathname)) {
        reads.run += 1;
      } else if (/^\/api\/v1\/scans\/[0-9a-f-]{36}\/results$/.test(pathname)) {
        reads.results += 1;
      }
    };
    page.on('request', count);
    await page.getByRole('button', { name: 'Scan now' }).click();
    await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
    await page.getByRole('status').filter({ hasText: 'Scan started' }).waitFor();
    await page.getByTestId('scan-status').filter({ hasText: 'status completed' }).waitFor({ timeout: 60_000 });
    const results = page.getByRole('table', { name: 'Results per host' });
    await results.getByRole('cell', { name: DEVICE, exact: true }).waitFor();
    await results.getByRole('row').nth(3).waitFor();
    await page.waitForTimeout(1500);
    page.off('request', count);
    process.stdout.write(`# scan run page: ${reads.run} reads of the run, ${reads.results} of its results (grid and table together)\n`);
    assert.ok(reads.results <= reads.run + 1, `the results are read once per refresh: ${JSON.stringify(reads)}`);
    // Progress came over Server-Sent Events: the stream is open (opened once, or again after a page change), and the run was
    // re-read on its events, not every second of the scan.
    assert.ok(reads.events >= 1 || (await page.evaluate('performance.getEntriesByType("resource").some((entry) => entry.name.includes("/api/v1/events"))')), `the event stream is open: ${JSON.stringify(reads)}`);
    const rows = await results.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ address: tr.querySelector('td')?.textContent, outcome: tr.getAttribute('data-outcome'), text: tr.textContent })));
    assert.deepEqual(rows.map((row) => row.address), [DEVICE, '127.0.13.9', '127.0.13.10'], 'by address, as numbers');
    assert.deepEqual(rows.map((row) => row.outcome), ['snmp', 'no-snmp', 'no-snmp']);
    assert.match(rows[0]?.text ?? '', /e2e-core-switch/, 'the device is named beside its address');
    assert.match(rows[1]?.text ?? '', /no SNMP/);
    assert.equal(await page.getByRole('img', { name: /Hosts by outcome/ }).locator('[data-outcome=failed]').count(), 0, 'no host is an error');
    await shot('scan-run');
    await nav('Scan runs');
    await page.getByRole('table', { name: 'Scan runs' }).getByText('E2E lab').waitFor();
    await shot('scans');
  });

  it('finds the device in the equipment table and opens its detail and history', async () => {
    await nav('Equipment');
    await page.getByRole('textbox', { name: 'Search' }).fill('core-switch');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=core-switch/);
    const table = page.getByRole('table', { name: 'Equipment' });
    const row = table.getByRole('row').filter({ hasText: 'e2e-core-switch' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Switch/);
    assert.match((await row.textContent()) ?? '', new RegExp(DEVICE.replace(/\./g, '\\.')));
    await shot('equipment');

    await row.getByRole('link', { name: 'e2e-core-switch' }).click();
    await page.getByRole('heading', { name: 'e2e-core-switch' }).waitFor();
    await page.getByRole('region', { name: 'Sources' }).getByText('E2E lab').waitFor();
    await shot('equipment-detail');
    await page.getByRole('tab', { name: 'Components' }).click();
    await page.getByRole('region', { name: 'Network interfaces' }).waitFor();
    await shot('equipment-components');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('first inventory').waitFor();
    await shot('equipment-history');
    assert.match(await page.title(), /^e2e-core-switch · Inventory console$/);

    // Identities, then retire and bring back: each change confirmed on the page.
    await page.getByRole('tab', { name: 'Identities' }).click();
    await page.getByRole('table', { name: 'Identities' }).getByText('strong').first().waitFor();
    await shot('equipment-identities');
    await page.getByRole('button', { name: 'Retire' }).click();
    await page.getByRole('status').filter({ hasText: 'is retired' }).waitFor();
    await page.getByRole('button', { name: 'Make active' }).click();
    await page.getByRole('status').filter({ hasText: 'is active again' }).waitFor();

    // Another console's change (here the API's) shows on the open page without a reload.
    const switchId = page.url().split('/').pop() ?? '';
    assert.equal((await server.call(`/api/v1/equipment/${switchId}`, { method: 'PATCH', json: { name: 'e2e-core-switch-renamed' } })).status, 200);
    await page.getByRole('heading', { name: 'e2e-core-switch-renamed' }).waitFor({ timeout: 5000 });
    assert.equal((await server.call(`/api/v1/equipment/${switchId}`, { method: 'PATCH', json: { name: 'e2e-core-switch' } })).status, 200);
    await page.getByRole('heading', { name: 'e2e-core-switch', exact: true }).waitFor({ timeout: 5000 });

    // An id that names nothing is "not found", not a validation message.
    await page.goto(`${server.url}/equipment/not-an-id`);
    await page.getByRole('heading', { name: 'Equipment not found' }).waitFor();
  });

  it('sorts, selects, changes in bulk and merges a duplicate with the keyboard alone', async () => {
    // A duplicate of the switch, as a second way in (a capture agent with another name) would bring it.
    const copyDocument = { identity: { hostname: 'e2e-core-switch-copy', systemUuid: '3b9e4c1a-2d5f-4e60-8a7b-9c0d1e2f3a4b' }, typeHint: 'Switch' as const, networkInterfaces: [{ name: 'eth0', mac: '02:00:00:E2:E0:01' }] };
    await server.services.inventory.submit({ document: copyDocument, handle: { source: 'capture-agent' } });
    await page.goto(`${server.url}/equipment?q=core-switch`);
    const table = page.getByRole('table', { name: 'Equipment' });
    await table.getByText('e2e-core-switch-copy').waitFor();

    // Sort: Tab to the Serial header, Enter.
    await tabTo(page, table.getByRole('button', { name: 'Serial', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=serial/);
    assert.equal(await table.getByRole('columnheader', { name: 'Serial' }).getAttribute('aria-sort'), 'ascending');

    // Select a row with Space, set its status in bulk through the select and its confirmation.
    const copyBox = table.getByRole('checkbox', { name: 'Select e2e-core-switch-copy' });
    await tabTo(page, copyBox);
    await page.keyboard.press('Space');
    assert.equal(await copyBox.isChecked(), true);
    await tabTo(page, page.locator('input[aria-label="Set the status of the selected"]'), 25, 'Shift+Tab');
    await chooseWithArrows(page, 'Retired');
    const confirm = page.getByRole('dialog', { name: 'Change the selected equipment?' });
    await confirm.waitFor();
    await tabTo(page, confirm.getByRole('button', { name: 'Apply' }), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 equipment now Retired' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'e2e-core-switch-copy' }).getByText('Retired').waitFor();
    await shot('equipment-bulk');

    // Merge: open the switch, Tab to "Merge a duplicate", search the copy by name, choose it, read the dry run in words, merge.
    await page.keyboard.press('Escape');
    await tabTo(page, table.getByRole('link', { name: 'e2e-core-switch', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'e2e-core-switch', exact: true }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Merge a duplicate' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Merge a duplicate into e2e-core-switch' });
    await dialog.waitFor();
    await page.keyboard.type('switch-copy');
    await page.getByRole('option', { name: /e2e-core-switch-copy/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const preview = dialog.getByRole('region', { name: 'What the merge would do' });
    await preview.or(dialog.getByRole('alert')).first().waitFor();
    assert.equal(await preview.count(), 1, `the dry run is shown: ${await dialog.textContent()}`);
    await preview.getByText('System UUID', { exact: true }).waitFor();
    assert.match((await preview.textContent()) ?? '', /System UUID\+ 3b9e4c1a/i, 'what the copy brings, the kind in words');
    assert.match((await preview.textContent()) ?? '', /Host name\+ e2e-core-switch-copy(?!\|)/, 'a host name without its empty domain part');
    assert.doesNotMatch((await preview.textContent()) ?? '', /[{}"]/, 'no raw JSON');
    await shot('equipment-merge');
    await tabTo(page, dialog.getByRole('button', { name: 'Merge', exact: true }), 20);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'was merged into e2e-core-switch' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    assert.equal((await (await server.call('/api/v1/equipment?q=core-switch')).json()).total, 1, 'the copy is merged away');
    await page.keyboard.press('Escape');

    // Split the merge again from the Identities tab: the copy's UUID moves to an equipment of its own.
    const equipmentBefore = (await (await server.call('/api/v1/equipment')).json()).total as number;
    await page.getByRole('tab', { name: 'Identities' }).click();
    const identities = page.getByRole('table', { name: 'Identities' });
    await identities.getByRole('checkbox', { name: /System UUID 3b9e4c1a/i }).check();
    await page.getByRole('button', { name: 'Split the chosen into another equipment' }).click();
    const split = page.getByRole('dialog', { name: 'Split into another equipment?' });
    await split.waitFor();
    await shot('equipment-split');
    await split.getByRole('button', { name: 'Split', exact: true }).click();
    await split.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /split/i }).first().waitFor();
    assert.equal((await (await server.call('/api/v1/equipment')).json()).total, equipmentBefore + 1, 'the split makes an equipment of the UUID');
  });

  it('exports the equipment list as CSV, every matching row with the filters of the page', async () => {
    await page.goto(`${server.url}/equipment?q=core-switch`);
    await page.getByRole('table', { name: 'Equipment' }).getByText('e2e-core-switch', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(file, 'utf8')).trim().split(/\r?\n/);
    assert.match(lines[0] ?? '', /name/i, 'a header row');
    const matching = (await (await server.call('/api/v1/equipment?q=core-switch')).json()).total as number;
    assert.equal(lines.length, 1 + matching, `the header and every matching row: ${lines.join(' | ')}`);
    assert.ok(lines.some((line) => line.includes('e2e-core-switch')));
    assert.match(download.suggestedFilename(), /\.csv$/);
  });

  it('shows a broken OCS folder watch as such, on its connection and on the dashboard', async () => {
    const missing = `/tmp/e2e-ocs-missing-${process.pid}`;
    const created = await server.call('/api/v1/connections', { method: 'POST', json: { name: 'E2E OCS folder', type: 'ocs', ocs: { path: missing, afterImport: 'keep' } } });
    const body = (await created.json()) as { id: string };
    assert.equal(created.status, 201, JSON.stringify(body));
    const { id } = body;
    await page.goto(`${server.url}/connections/${id}`);
    await page.getByText('failing', { exact: true }).waitFor({ timeout: 15_000 });
    assert.match((await page.locator('main').textContent()) ?? '', /ENOENT|does not exist|no such/i, 'the watcher says why');
    await shot('connection-ocs-failing');
    await nav('Dashboard');
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await attention.getByText(/E2E OCS folder/).waitFor({ timeout: 15_000 });
    assert.match((await attention.textContent()) ?? '', /is not watched/);
    assert.equal((await server.call(`/api/v1/connections/${id}`, { method: 'DELETE' })).status, 204);
  });

  it('resolves a pending agent by creating its equipment', async () => {
    await nav('Pending');
    const table = page.getByRole('table', { name: 'Pending machines' });
    await table.getByText('pc-e2e-01').waitFor();
    await shot('pending');
    await page.getByRole('button', { name: 'Associate pc-e2e-01' }).click();
    await page.getByRole('dialog').getByText('No Workstation or Laptop equipment yet').waitFor();
    await shot('pending-associate');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Create equipment for pc-e2e-01' }).click();
    await page.getByText('a new equipment was created').waitFor();
    await page.getByText('The queue is empty.').waitFor();
    const pending = await (await server.call('/api/v1/pending')).json();
    assert.equal(pending.items.length, 0, 'the queue is empty on the server too');
  });

  it('shows the agents, their access and the dashboard', async () => {
    await nav('Agents');
    const agents = page.getByRole('table', { name: 'Agent list' });
    await agents.getByText('pc-e2e-01').waitFor();
    assert.match((await agents.textContent()) ?? '', /Online/);
    // A new agent's first contact comes over the live stream (the list's own poll is a minute).
    await agentSync(server, { uuid: LIVE_AGENT_UUID, inventoryHash: 'none' });
    await agents.getByText(LIVE_AGENT_UUID).waitFor({ timeout: 5000 });
    await page.getByText('office-agent').first().waitFor();
    await shot('agents');

    await nav('Dashboard');
    const equipmentTotal = (await (await server.call('/api/v1/equipment')).json()).total as number;
    await page.getByRole('link', { name: `Equipment: ${equipmentTotal}` }).waitFor();
    await page.getByRole('table', { name: 'Last scan runs' }).getByText('E2E lab').waitFor();
    // The charts are drawn (recharts' SVG), each named for a screen reader by what it shows.
    const byType = page.getByRole('img', { name: /^Equipment by type: .*Switch/ });
    await byType.locator('svg.recharts-surface').first().waitFor();
    assert.ok((await byType.locator('svg .recharts-bar-rectangle, svg path').count()) > 0, 'the bars are drawn');
    await page.getByRole('img', { name: /Equipment by days since its last inventory/ }).locator('svg.recharts-surface').first().waitFor();
    await shot('dashboard');
    await nav('Connections');
    await shot('connections');
  });

  it('answers the console for a client route reloaded in the browser, and leaves the API alone', async () => {
    await page.goto(`${server.url}/equipment?type=Switch`);
    await page.getByRole('table', { name: 'Equipment' }).getByText('e2e-core-switch').waitFor();
    const api = await fetch(`${server.url}/api/v1/no-such-route`, { headers: { accept: 'text/html' } });
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('passes axe-core’s WCAG 2 A/AA rules on every page photographed, colour contrast included', () => {
    assert.deepEqual(accessibility, []);
  });
});

/** Presses `key` (Tab) until `target` has the focus, at most `presses` times: it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, presses = 80, key = 'Tab'): Promise<void> {
  await target.waitFor();
  for (let press = 0; press <= presses; press++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement || element.contains(element.ownerDocument.activeElement))) {
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} was not reached with ${presses} presses of ${key}`);
}

/** Opens the focused select with ArrowDown and moves to `option` with the arrows, then Enter. */
async function chooseWithArrows(page: Page, option: string): Promise<void> {
  await page.keyboard.press('ArrowDown');
  const wanted = page.getByRole('option', { name: option, exact: true });
  await wanted.waitFor();
  for (let press = 0; press < 10 && (await wanted.getAttribute('data-combobox-selected')) === null; press++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

let agentToken: string | undefined;

/** A sync as the push agents send it, with a token of the agent API (generated once). */
async function agentSync(server: TestServer, body: Record<string, unknown>): Promise<void> {
  if (!agentToken) {
    const { clientId, clientSecret } = await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json();
    const tokenAnswer = await fetch(`${server.url}/agent/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    agentToken = ((await tokenAnswer.json()) as { access_token: string }).access_token;
  }
  const answer = await fetch(`${server.url}/agent/v1/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${agentToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ agentVersion: '1.4.0', status: 'OK', date: new Date().toISOString(), ...body }),
  });
  assert.equal(answer.status, 200, await answer.clone().text());
}

/** An agent signs in and sends its inventory, as the push agents do: its machine enters the pending queue. */
async function queuePendingAgent(server: TestServer): Promise<void> {
  const inventory = {
    identity: { hostname: 'pc-e2e-01', systemUuid: '7d1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8', serial: 'E2E-SERIAL-01', manufacturer: 'Dell Inc.', model: 'Latitude 5440', chassisType: 'Notebook' },
    os: { name: 'Microsoft Windows 11 Pro', version: '10.0.22631' },
    software: [{ name: 'Firefox', version: '128.0' }],
  };
  await agentSync(server, { uuid: AGENT_UUID, inventoryHash: 'e2e-1', inventory });
}
