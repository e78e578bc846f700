import { readFileSync } from 'node:fs';
import path from 'node:path';

// Set by `npm run build:agent` (esbuild `define`); absent when the agent runs from source.
declare const __AGENT_VERSION__: string | undefined;

/** The agent's version: the package's when built, the repository's package.json when run from source. */
export const AGENT_VERSION: string =
  typeof __AGENT_VERSION__ === 'string' ? __AGENT_VERSION__ : (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The marker every agent package's package.json carries (checked before an install or an update trusts a folder). */
export const AGENT_PACKAGE_NAME = 'inventory-capture-agent';
