import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(__dirname, '..', '..');

/** Lints `code` as if it were the file `filePath`, with the project's folder rules only (no type information needed). */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  // The rules are plain data in an .mjs module: loaded as ESLint loads them.
  const { boundaries } = (await import(path.join(root, 'eslint-boundaries.mjs'))) as { boundaries: ESLint.Options['overrideConfig'][] };
  const sut = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as never } }, ...(boundaries as never[])],
  });
  const [result] = await sut.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('folder boundaries (eslint-boundaries.mjs)', () => {
  const cases: [file: string, code: string, refused: boolean][] = [
    ['domain/example.ts', "import { hashToken } from '../security/hashing';", true],
    ['domain/example.ts', "import express from 'express';", true],
    ['domain/example.ts', "import type { Logger } from 'pino';", true],
    ['domain/example.ts', "import { RateLimiter } from '../lib/rate-limiter';", true],
    ['domain/example.ts', "import type { InventoryDocument } from '../contracts/inventory-document';", false],
    ['domain/example.ts', "import { DomainError } from './errors';", false],
    ['contracts/example.ts', "import type { Clock } from '../domain/clock';", true],
    ['lib/example.ts', "import { loadConfig } from '../config/load-config';", true],
    ['collector/example.ts', "import { API_BASE_PATH } from '../api/app';", true],
    ['collector/probes/example.ts', "import { parseOrThrow } from '../../api/validate';", true],
    ['ocs-import/example.ts', "import { invalid } from '../api/validate';", true],
    ['collector/example.ts', "import { expandTargets } from '../domain/scan-targets';", false],
    ['capture-agent/agent/example.ts', "import { createLogger } from '../../lib/logger';", false],
    ['capture-agent/agent/example.ts', "import { syncAnswerSchema } from '../../contracts/push-sync.protocol';", false],
    ['capture-agent/agent/example.ts', "import { isOnline } from '../../domain/agent-sync.service';", true],
    ['capture-agent/agent/example.ts', "import { Metrics } from '../../observability/metrics';", true],
    ['capture-agent/agent/example.ts', "import { buildPackage } from '../build-package';", true],
    ['capture-agent/agent/example.ts', "import { loadState } from './state';", false],
  ];
  for (const [file, code, refused] of cases) {
    it(`${refused ? 'refuses' : 'allows'} in ${file}: ${code}`, async () => {
      const messages = await restrictedImports(file, code);
      assert.equal(messages.length > 0, refused, messages.join('; ') || 'no no-restricted-imports report');
    });
  }
});
