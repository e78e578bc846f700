import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES } from '../api/types';
import { useApi } from '../session/session';
import { toast } from './toasts';

type BulkChange = { kind: 'status'; value: string } | { kind: 'type'; value: string } | { kind: 'delete' };

/**
 * What the operator can do to several equipment at once: a status, a type, or deleting them
 * (forgotten: a later inventory brings a machine back). One request per equipment, in order;
 * a failure stops the run and says how far it went. Each outcome is a toast.
 */
export function BulkActions({ ids, onDone }: { ids: readonly string[]; onDone: (message: string | undefined) => void }) {
  const api = useApi();
  const [confirming, setConfirming] = useState<BulkChange | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = async (change: BulkChange) => {
    setBusy(true);
    let done = 0;
    try {
      for (const id of ids) {
        if (change.kind === 'delete') {
          await api.request(`/equipment/${id}`, { method: 'DELETE' });
        } else {
          await api.request(`/equipment/${id}`, { method: 'PATCH', json: { [change.kind]: change.value } });
        }
        done += 1;
      }
      setConfirming(null);
      onDone(change.kind === 'delete' ? `${done} equipment deleted.` : `${done} equipment now ${change.kind === 'status' ? '' : 'of type '}${change.value}.`);
    } catch (failure) {
      setConfirming(null);
      toast.failed(`${done} of ${ids.length} equipment changed, then an error stopped the rest`, failure);
      if (done > 0) {
        onDone(undefined);
      }
    } finally {
      setBusy(false);
    }
  };
  if (ids.length === 0) {
    return null;
  }
  return (
    <Group gap="sm" mb="sm" role="region" aria-label="Selected equipment">
      <Text size="sm" fw={500}>
        {ids.length} selected:
      </Text>
      <Select aria-label="Set the status of the selected" placeholder="Set status…" w={150} data={[...EQUIPMENT_STATUSES]} value={null} onChange={(value) => value && setConfirming({ kind: 'status', value })} />
      <Select aria-label="Set the type of the selected" placeholder="Set type…" w={150} data={[...EQUIPMENT_TYPES]} value={null} onChange={(value) => value && setConfirming({ kind: 'type', value })} />
      <Button size="xs" variant="light" color="red" onClick={() => setConfirming({ kind: 'delete' })}>
        Delete…
      </Button>
      {confirming ? (
        <Modal opened onClose={() => setConfirming(null)} title="Change the selected equipment?">
          <Stack>
            <Text size="sm">
              {confirming.kind === 'delete'
                ? `Delete ${ids.length} equipment with their components and history? This cannot be undone; a machine that reports again is created again.`
                : `Set the ${confirming.kind} of ${ids.length} equipment to ${confirming.value}? A type set here is kept over later inventories; set it again to undo.`}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
                Cancel
              </Button>
              <Button color={confirming.kind === 'delete' ? 'red' : undefined} loading={busy} onClick={() => void apply(confirming)}>
                {confirming.kind === 'delete' ? 'Delete' : 'Apply'}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Group>
  );
}
