import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import * as tar from 'tar';
import { AGENT_PACKAGE_NAME } from './agent/version';

export interface BuiltPackage {
  version: string;
  /** The unpacked package folder (what the archive holds). */
  folder: string;
  archive: string;
  size: number;
  sha256: string;
}

const HERE = __dirname;

/**
 * `npm run build:agent`: the agent as one JavaScript file (esbuild bundles its
 * dependencies, so an installed agent needs Node.js and nothing else), with its
 * launcher, install.sh and package.json, packed as capture-agent-<version>.tar.gz:
 * the file the server's agent-releases endpoint distributes.
 */
export async function buildAgentPackage(options: { version?: string; outDir: string }): Promise<BuiltPackage> {
  const version = options.version ?? (JSON.parse(await readFile(path.join(HERE, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const name = `capture-agent-${version}`;
  const folder = path.join(options.outDir, name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'bin'), { recursive: true });
  await build({
    entryPoints: [path.join(HERE, 'agent', 'main.ts')],
    outfile: path.join(folder, 'capture-agent.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    define: { __AGENT_VERSION__: JSON.stringify(version) },
    // systeminformation's optional macOS sensor module: absent, and required inside a try.
    external: ['osx-temperature-sensor'],
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const manifest = {
    name: AGENT_PACKAGE_NAME,
    version,
    description: 'Inventory capture agent: serves the collector on TCP 7103 and pushes the inventory to the portal',
    license: 'MIT',
    bin: { 'capture-agent': 'bin/capture-agent' },
    engines: { node: '>=20.19' },
  };
  await writeFile(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyFile(path.join(HERE, 'package', 'install.sh'), path.join(folder, 'install.sh'));
  await copyFile(path.join(HERE, 'package', 'capture-agent'), path.join(folder, 'bin', 'capture-agent'));
  await Promise.all([chmod(path.join(folder, 'install.sh'), 0o755), chmod(path.join(folder, 'bin', 'capture-agent'), 0o755), chmod(path.join(folder, 'capture-agent.js'), 0o755)]);

  const archive = path.join(options.outDir, `${name}.tar.gz`);
  await tar.c({ gzip: true, cwd: options.outDir, file: archive, portable: true }, [name]);
  const content = await readFile(archive);
  return { version, folder, archive, size: (await stat(archive)).size, sha256: createHash('sha256').update(content).digest('hex') };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  buildAgentPackage({ version: option('--version'), outDir: path.resolve(option('--out') ?? 'dist-agent') }).then(
    (built) => {
      process.stdout.write(
        [
          `agent package ${built.version}: ${built.archive}`,
          `  size ${built.size} bytes, sha256 ${built.sha256}`,
          `  unpacked in ${built.folder} (install: sudo ${path.join(built.folder, 'install.sh')} CLIENTID=... CLIENTSECRET=... PORTALURL1=...)`,
          `  distribute: curl -X POST -H "authorization: Bearer $TOKEN" -H 'content-type: application/octet-stream' --data-binary @${built.archive} "$SERVER/api/v1/agent-releases?version=${built.version}&fileName=${path.basename(built.archive)}&current=true"`,
          '',
        ].join('\n'),
      );
    },
    (error: unknown) => {
      process.stderr.write(`build:agent: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
