import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { normalizeManufacturer } from '../domain/identity';
import { normalizeDomain } from '../domain/placeholder-names';

type Row = { id: number; equipment_id: string; value: string };

/**
 * Identities learn which sources report them and since when (`seen_by`, JSON), so that a
 * name or an address matches only while a source still reports it; history entries say
 * why reconciliation decided as it did (`explanation`, JSON). Serial identities become
 * `SERIAL|manufacturer`, looked up by serial, with manufacturer aliases applied; host
 * names in the Windows workgroup `WORKGROUP` lose it, as it is no DNS domain.
 */
export class TrackIdentitySightings1764065600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('equipment_identities', new TableColumn({ name: 'seen_by', type: 'text', isNullable: true }));
    await runner.addColumn('inventory_history', new TableColumn({ name: 'explanation', type: 'text', isNullable: true }));
    await rewrite(runner, 'serial', (value) => {
      const bar = value.indexOf('|');
      return `${value.slice(bar + 1)}|${normalizeManufacturer(value.slice(0, bar))}`;
    });
    await rewrite(runner, 'hostname', (value) => {
      const bar = value.lastIndexOf('|');
      return `${value.slice(0, bar)}|${normalizeDomain(value.slice(bar + 1))}`;
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await rewrite(runner, 'serial', (value) => {
      const bar = value.lastIndexOf('|');
      return `${value.slice(bar + 1)}|${value.slice(0, bar)}`;
    });
    await runner.dropColumn('inventory_history', 'explanation');
    await runner.dropColumn('equipment_identities', 'seen_by');
  }
}

/** Rewrites every identity of `kind`; a row whose new value the same equipment holds already is dropped, one another equipment holds is kept as it was. */
async function rewrite(runner: QueryRunner, kind: string, next: (value: string) => string): Promise<void> {
  const rows = (await runner.query('SELECT id, equipment_id, value FROM equipment_identities WHERE kind = ?', [kind])) as Row[];
  const holders = new Map(rows.map((row) => [row.value, row.equipment_id]));
  for (const row of rows) {
    const value = next(row.value).slice(0, 255);
    if (value === row.value) {
      continue;
    }
    const holder = holders.get(value);
    if (holder === row.equipment_id) {
      await runner.query('DELETE FROM equipment_identities WHERE id = ?', [row.id]);
    } else if (holder === undefined) {
      await runner.query('UPDATE equipment_identities SET value = ? WHERE id = ?', [value, row.id]);
      holders.delete(row.value);
      holders.set(value, row.equipment_id);
    }
  }
}
