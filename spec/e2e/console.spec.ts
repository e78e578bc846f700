import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { buildConsole, launchBrowser, type TestBrowser } from '../support/browser';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';
import { startSimulatedDevice, type SimulatedDevice } from '../support/snmp-agents';

/** This file's loopback addresses: 127.0.13.0/24. */
const DEVICE = '127.0.13.1';
const AGENT_UUID = '0f3c9a52-6d1e-4b7a-9c21-5e8f7a6b4d30';

/**
 * The web console in a real browser against the real server: sign in, create a connection
 * (and see the API's validation inline), Test Connection against a simulated SNMP switch,
 * scan it, find it in the equipment table, resolve a pending agent; a screenshot of each page.
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
    shot = async (name: string) => {
      await browser.screenshot(name);
      const violations = await browser.accessibilityViolations();
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

    await targets.fill(DEVICE);
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
  });

  it('starts a scan and follows it until it completes', async () => {
    await page.getByRole('button', { name: 'Scan now' }).click();
    await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
    await page.getByTestId('scan-status').filter({ hasText: 'status completed' }).waitFor({ timeout: 60_000 });
    const results = page.getByRole('table', { name: 'Results per host' });
    await results.getByRole('cell', { name: DEVICE }).waitFor();
    assert.match((await results.textContent()) ?? '', /snmp/);
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

    // An id that names nothing is "not found", not a validation message.
    await page.goto(`${server.url}/equipment/not-an-id`);
    await page.getByRole('heading', { name: 'Equipment not found' }).waitFor();
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
    await page.getByText('office-agent').first().waitFor();
    await shot('agents');

    await nav('Dashboard');
    await page.getByRole('link', { name: 'Equipment: 2' }).waitFor();
    await page.getByRole('table', { name: 'Last scan runs' }).getByText('E2E lab').waitFor();
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

/** An agent signs in and sends its inventory, as the push agents do: its machine enters the pending queue. */
async function queuePendingAgent(server: TestServer): Promise<void> {
  const { clientId, clientSecret } = await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json();
  const tokenAnswer = await fetch(`${server.url}/agent/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const inventory = {
    identity: { hostname: 'pc-e2e-01', systemUuid: '7d1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8', serial: 'E2E-SERIAL-01', manufacturer: 'Dell Inc.', model: 'Latitude 5440', chassisType: 'Notebook' },
    os: { name: 'Microsoft Windows 11 Pro', version: '10.0.22631' },
    software: [{ name: 'Firefox', version: '128.0' }],
  };
  const answer = await fetch(`${server.url}/agent/v1/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ uuid: AGENT_UUID, agentVersion: '1.4.0', status: 'OK', date: new Date().toISOString(), inventoryHash: 'e2e-1', inventory }),
  });
  assert.equal(answer.status, 200, await answer.clone().text());
}
