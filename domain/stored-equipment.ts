import { notFound } from './errors';
import type { InventoryTransaction, StoredEquipmentState } from './ports';

/** The equipment an operator named, locked for the transaction; 404 when there is none. */
export async function requireEquipment(tx: InventoryTransaction, equipmentId: string): Promise<StoredEquipmentState> {
  const stored = await tx.loadForUpdate(equipmentId);
  if (!stored) {
    throw notFound('equipment', equipmentId);
  }
  return stored;
}
