/**
 * `npm run bench:console`: how fast the web console paints, and what it weighs. Builds nothing:
 * run `npm run build` first (the console's files and their .br/.gz copies are read from console/dist).
 *
 * Starts the server (a child process, `main.ts` with the server's heap flags) on a temporary
 * SQLite folder on loopback and drives Debian's chromium headless (the e2e spec's launchBrowser:
 * a fresh profile, loopback only, here through a dead proxy so that the HTTP cache stays on). For each link, unthrottled loopback
 * and a "slow link" (CDP Network.emulateNetworkConditions: 1.6 Mbit/s down, 750 kbit/s up,
 * 150 ms latency), it measures first contentful paint of the sign-in page and of the dashboard
 * after sign-in, cold (empty cache) and warm (the same URL loaded again), and when the
 * dashboard's heading shows. Then it prints the bundle sizes: raw, gzip, brotli of index.html,
 * the main JS chunk, the CSS and the largest page chunks. Eight page loads; well under 2 minutes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../spec/support/browser';
import { startServerProcess, type ServerProcess } from './server-process';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'console', 'dist');
const TOKEN = 'bench-console-admin-token-0123456789';
/** Whole bench, hard stop. */
const DEADLINE_MS = 110_000;

interface Link {
  name: string;
  /** CDP Network.emulateNetworkConditions, or none for plain loopback. */
  conditions?: { offline: false; latency: number; downloadThroughput: number; uploadThroughput: number };
}

const LINKS: Link[] = [
  { name: 'loopback' },
  // Throughputs in bytes per second, as CDP takes them: 1.6 Mbit/s and 750 kbit/s.
  { name: 'slow link', conditions: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } },
];

interface Row {
  link: string;
  page: string;
  cache: 'cold' | 'warm';
  fcpMs: number;
  readyMs: number;
  transferredKb: number;
}

/** The page's first contentful paint, from the Paint Timing API (waits for it to happen). */
const FCP_SCRIPT = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) { observer.disconnect(); resolve(entry.startTime); }
  }).observe({ type: 'paint', buffered: true });
})`;
/** Bytes the page load took over the network (0 for what the cache gave). */
const TRANSFERRED_SCRIPT = `performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((sum, entry) => sum + (entry.transferSize || 0), 0)`;

/** Loads `url` and answers its first paint, when `ready` showed (ms since navigation start) and the bytes transferred. */
async function load(page: Page, url: string, ready: () => Promise<unknown>): Promise<{ fcpMs: number; readyMs: number; transferredKb: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  await ready();
  const readyMs = Number(await page.evaluate('performance.now()'));
  const fcpMs = Number(await page.evaluate(FCP_SCRIPT));
  await page.waitForLoadState('load');
  const transferredKb = Number(await page.evaluate(TRANSFERRED_SCRIPT)) / 1024;
  return { fcpMs, readyMs, transferredKb };
}

async function measureLink(server: ServerProcess, link: Link): Promise<Row[]> {
  // A fresh browser profile: the cache starts empty.
  const browser = await launchBrowser({ keepHttpCache: true });
  const rows: Row[] = [];
  try {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (link.conditions) {
      await cdp.send('Network.emulateNetworkConditions', link.conditions);
    }
    const signIn = () => page.getByLabel('API token').waitFor();
    const dashboard = () => page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    for (const cache of ['cold', 'warm'] as const) {
      rows.push({ link: link.name, page: 'sign-in', cache, ...(await load(page, server.url, signIn)) });
    }
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await dashboard();
    // Signed in (the token is in the tab's sessionStorage): the dashboard as a page load, first with the cache emptied.
    await cdp.send('Network.clearBrowserCache');
    for (const cache of ['cold', 'warm'] as const) {
      rows.push({ link: link.name, page: 'dashboard', cache, ...(await load(page, server.url, dashboard)) });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

interface Sizes {
  file: string;
  raw: number;
  gzip: number;
  br: number;
  /** Whether the build left .br and .gz copies beside it (the server then sends those; index.html is compressed on no request: it is small). */
  precompressed: boolean;
}

/** Sizes at the build's settings (cli/precompress-console.ts: brotli quality 11, gzip level 9). */
function sizesOf(relative: string): Sizes {
  const file = path.join(DIST, relative);
  const content = readFileSync(file);
  return {
    file: relative,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    br: brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    precompressed: existsSync(`${file}.br`) && existsSync(`${file}.gz`),
  };
}

/** index.html, the chunk and stylesheet it names, and the five largest other chunks (the pages, recharts). */
function bundleSizes(): Sizes[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  const chunks = readdirSync(path.join(DIST, 'assets'))
    .filter((name) => name.endsWith('.js') && !named.includes(`assets/${name}`))
    .map((name) => sizesOf(path.join('assets', name)))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 5);
  return [sizesOf('index.html'), ...named.map(sizesOf), ...chunks];
}

function printRows(rows: readonly Row[]): void {
  process.stdout.write('\n| link | page | cache | first contentful paint | page shown | transferred |\n| --- | --- | --- | ---: | ---: | ---: |\n');
  for (const row of rows) {
    process.stdout.write(`| ${row.link} | ${row.page} | ${row.cache} | ${row.fcpMs.toFixed(0)} ms | ${row.readyMs.toFixed(0)} ms | ${row.transferredKb.toFixed(1)} kB |\n`);
  }
}

function printSizes(sizes: readonly Sizes[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  process.stdout.write('\n| file | raw | gzip | brotli | sent compressed |\n| --- | ---: | ---: | ---: | --- |\n');
  for (const size of sizes) {
    process.stdout.write(`| ${size.file} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.br)} | ${size.precompressed ? 'yes' : 'no'} |\n`);
  }
}

async function main(): Promise<void> {
  const assets = path.join(DIST, 'assets');
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(assets) || !readdirSync(assets).some((name) => name.endsWith('.js.br'))) {
    throw new Error('no precompressed console build in console/dist: run `npm run build` first (this bench builds nothing)');
  }
  const deadline = setTimeout(() => {
    process.stderr.write(`bench:console: over ${DEADLINE_MS / 1000} s, stopping\n`);
    process.exit(1);
  }, DEADLINE_MS).unref();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-console-'));
  const server = await startServerProcess({ env: { INVENTORY_DATA_DIR: dataDir, INVENTORY_ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'info' } });
  try {
    process.stdout.write(`server ${server.url} (pid ${server.pid}), data in ${dataDir}\n`);
    const rows: Row[] = [];
    for (const link of LINKS) {
      rows.push(...(await measureLink(server, link)));
    }
    printRows(rows);
    printSizes(bundleSizes());
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    clearTimeout(deadline);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
