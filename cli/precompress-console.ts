import path from 'node:path';
import { precompressBuild } from '../api/console-assets';
import { findConsoleBuild } from '../api/console';
import { runCli } from './args';

/**
 * `npm run build`'s last step: brotli and gzip copies beside the console's built files,
 * which the server sends by Accept-Encoding (api/console.ts). Prints each file's sizes.
 */
async function main(): Promise<number> {
  const buildDir = process.argv[2] ?? findConsoleBuild(path.resolve(__dirname, '..'));
  if (!buildDir) {
    process.stderr.write('no console build found (console/dist/index.html): run `npm run build --workspace console` first\n');
    return 1;
  }
  const kb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1024).toFixed(1)} kB`);
  for (const entry of await precompressBuild(buildDir)) {
    process.stdout.write(`${entry.file}: ${kb(entry.bytes)}, br ${kb(entry.br)}, gzip ${kb(entry.gzip)}\n`);
  }
  return 0;
}

runCli(main);
