import path from 'node:path';
import { runCli } from './args';
import { copyBuildData } from './build-data';

/** `npm run build`'s step after tsc: the data files the server reads (cli/build-data.ts) into dist/. */
async function main(): Promise<number> {
  // Run as dist/cli/copy-build-data.js: dist/ is one folder up, the project two.
  const outRoot = path.resolve(__dirname, '..');
  if (path.basename(outRoot) !== 'dist') {
    process.stderr.write('copy-build-data runs from the build (node dist/cli/copy-build-data.js), after tsc\n');
    return 2;
  }
  for (const file of await copyBuildData(path.resolve(outRoot, '..'), outRoot)) {
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
  return 0;
}

runCli(main);
