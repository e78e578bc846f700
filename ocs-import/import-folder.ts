import type { FileOutcome, OcsImporter, OcsImportSettings } from './import.service';
import { inventoryFilesByMachine } from './folder';

export type FolderSummary = Record<FileOutcome['kind'], number>;

/**
 * Imports a folder (or a given list of machine groups): `concurrency` machines at
 * once, each machine's files one after another, oldest first.
 */
export async function importFolder(
  importer: OcsImporter,
  source: string | string[][],
  settings: OcsImportSettings,
  options: { concurrency: number; onOutcome?: (file: string, outcome: FileOutcome) => void },
): Promise<FolderSummary> {
  const groups = typeof source === 'string' ? await inventoryFilesByMachine(source) : source;
  const summary: FolderSummary = { imported: 0, duplicate: 0, rejected: 0, pending: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      for (let group = groups[next++]; group; group = groups[next++]) {
        for (const file of group) {
          const outcome = await importer.importFile(file, settings);
          summary[outcome.kind]++;
          options.onOutcome?.(file, outcome);
        }
      }
    }),
  );
  return summary;
}
