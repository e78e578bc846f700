import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SERVER_NODE_FLAGS } from '../../config/node-flags';

describe('the server heap settings', () => {
  it('are what `npm start` passes to node, so no operator has to', () => {
    const scripts = (JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.ok(scripts.start?.includes(`node ${SERVER_NODE_FLAGS.join(' ')} dist/main.js`), scripts.start);
    // bench:ocs imports in its own process, which must then run as the server does.
    assert.ok(scripts['bench:ocs']?.startsWith(`node ${SERVER_NODE_FLAGS.join(' ')} --import tsx`), scripts['bench:ocs']);
  });
});
