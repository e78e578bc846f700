import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files the server reads at run time beside its compiled modules, which `tsc` does not emit:
 * paths from the project root, the same under dist/.
 */
export const BUILD_DATA_FILES: readonly string[] = [
  // IANA's enterprise-numbers registry (collector/snmp/identification/enterprise-registry.ts).
  'collector/snmp/identification/iana-enterprise-numbers.txt',
];

/** Copies every data file from the source tree into the build's; returns the files copied. */
export async function copyBuildData(sourceRoot: string, outRoot: string): Promise<string[]> {
  const copied: string[] = [];
  for (const file of BUILD_DATA_FILES) {
    const target = path.join(outRoot, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(sourceRoot, file), target);
    copied.push(target);
  }
  return copied;
}
