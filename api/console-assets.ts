import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text the browser downloads; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/i;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/** The encodings a file is kept in beside itself, best first: `<file>.br`, `<file>.gz`. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
export type PrecompressedEncoding = (typeof PRECOMPRESSED)[number]['encoding'];

/**
 * Writes a brotli (quality 11) and a gzip (level 9) copy beside every compressible file
 * of the console's build, once, at build time: the best ratios cost seconds here and
 * nothing per request. A copy that is not smaller is not written. Answers the sizes.
 */
export async function precompressBuild(buildDir: string): Promise<{ file: string; bytes: number; br?: number; gzip?: number }[]> {
  const report: { file: string; bytes: number; br?: number; gzip?: number }[] = [];
  for (const file of filesUnder(buildDir)) {
    if (!COMPRESSIBLE.test(file)) {
      continue;
    }
    const bytes = await readFile(file);
    if (bytes.length < MIN_BYTES) {
      continue;
    }
    const entry: (typeof report)[number] = { file: path.relative(buildDir, file), bytes: bytes.length };
    const br = await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    const gz = await gzipped(bytes, { level: constants.Z_BEST_COMPRESSION });
    for (const [encoding, compressed] of [['br', br], ['gzip', gz]] as const) {
      if (compressed.length < bytes.length) {
        await writeFile(`${file}${encoding === 'br' ? '.br' : '.gz'}`, compressed);
        entry[encoding] = compressed.length;
      }
    }
    report.push(entry);
  }
  return report;
}

/**
 * The build's files that have compressed copies, by URL path (`/assets/index-abc.js`):
 * read once when the console is mounted, so a request never builds a path from its URL.
 */
export function compressedAssets(buildDir: string): Map<string, Partial<Record<PrecompressedEncoding, string>>> {
  const files = filesUnder(buildDir);
  const present = new Set(files);
  const assets = new Map<string, Partial<Record<PrecompressedEncoding, string>>>();
  for (const file of files) {
    const copies: Partial<Record<PrecompressedEncoding, string>> = {};
    for (const { encoding, suffix } of PRECOMPRESSED) {
      if (present.has(`${file}${suffix}`)) {
        copies[encoding] = `${file}${suffix}`;
      }
    }
    if (Object.keys(copies).length > 0) {
      assets.set(`/${path.relative(buildDir, file).split(path.sep).join('/')}`, copies);
    }
  }
  return assets;
}

/** Every file of a build (a few dozen): read synchronously, once, when the console is mounted or built. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...filesUnder(full));
    } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(full).isFile())) {
      found.push(full);
    }
  }
  return found;
}
