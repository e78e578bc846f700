import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`.ci/run` installs it); playwright-core drives it and never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
/** Where the e2e specs leave their screenshots (gitignored). */
export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts', 'screenshots');
const BUILD_TIMEOUT_MS = 180_000;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Builds the console from its sources, as `npm run build` does, so the spec tests what is checked out. */
export function buildConsole(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: path.join(ROOT, 'console'),
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: BUILD_TIMEOUT_MS,
  });
}

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Saves a full-page PNG as artifacts/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** axe-core's WCAG 2 A/AA violations on the page as it is now: "rule: n elements (first target)". */
  accessibilityViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/** axe-core (Deque's accessibility engine, MPL-2.0, a dev dependency), injected into the page from node_modules: nothing is fetched. */
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  nodes: { target: unknown[] }[];
}

/**
 * A proxy address where nothing listens: with it, every request but loopback's (which Chromium
 * never sends through a proxy) fails before leaving the machine.
 */
const DEAD_PROXY = '--proxy-server=http://127.0.0.1:9';

/**
 * Headless Chromium with a fresh profile, at a laptop's screen size, talking only to loopback.
 * Requests elsewhere are cut by a route; `keepHttpCache` (a bench of warm loads) cuts them with
 * a dead proxy instead, since routing turns Chromium's HTTP cache off.
 */
export async function launchBrowser(options: { keepHttpCache?: boolean } = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (the e2e specs need a real browser)`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'inventory-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(options.keepHttpCache ? [DEAD_PROXY] : [])],
  });
  context.setDefaultTimeout(20_000);
  if (!options.keepHttpCache) {
    // Only loopback is ever reached: any other request is cut before it leaves the browser.
    await context.route((url) => !LOOPBACK.test(url.hostname), (route) => route.abort('blockedbyclient'));
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    screenshot: async (name) => {
      // From the top: the console's header and navigation are fixed, and a scrolled full-page capture would draw them mid-page.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    accessibilityViolations: async () => {
      // Evaluated through the debugging protocol, which the page's Content-Security-Policy (script-src 'self') does not govern.
      await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate("axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((result) => result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) })))")) as AxeViolation[];
      return violations.map((violation) => `${violation.id}: ${violation.nodes.length} elements (${JSON.stringify(violation.nodes[0]?.target ?? [])})`);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
