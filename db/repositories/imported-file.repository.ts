import type { DataSource } from 'typeorm';
import { ImportedFileEntity } from '../entities/imported-file.entity';
import { driverErrorCode } from '../transactor';

/** Rejected input files, so the same bad content is recognised and counted once. */
export class TypeormImportedFileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recordRejected(rejection: { connectionId: string; path: string; contentHash: string; reason: string; at: Date }): Promise<void> {
    try {
      await this.dataSource.getRepository(ImportedFileEntity).insert({
        connectionId: rejection.connectionId,
        path: rejection.path.slice(0, 1024),
        contentHash: rejection.contentHash,
        status: 'rejected',
        error: rejection.reason.slice(0, 2048),
        equipmentId: null,
        importedAt: rejection.at,
      });
    } catch (error) {
      // The same content was rejected (or imported) before: one row is enough.
      if (!['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(driverErrorCode(error) ?? '')) {
        throw error;
      }
    }
  }
}
