import { Alert, Anchor, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Association, EquipmentSummary, Page, PendingMachine } from '../api/types';
import { useLiveEvents } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { SortableHeader } from '../components/sortable-header';
import { useSortParam } from '../components/use-sort-param';
import { relativeTime } from '../components/readable';
import { ErrorAlert, Loading, PageHeader, TimeAgo } from '../components/ui';
import { useApi, useCanWrite } from '../session/session';

/** The oldest machines listed; the rest wait their turn (the API pages the queue). */
const PENDING_LISTED = 500;

/** Machines whose push agent is not associated yet: associate, create or remove. */
export function PendingPage() {
  const api = useApi();
  const canWrite = useCanWrite();
  const [sort, setSort] = useSortParam();
  const pending = useQuery<Page<PendingMachine>>('/pending', { query: { limit: PENDING_LISTED, sort: sort.field, order: sort.order }, pollMs: 30_000 });
  useLiveEvents(['pending.created'], () => pending.reload());
  const [associating, setAssociating] = useState<PendingMachine | null>(null);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<{ text: string; equipmentId: string }>();
  const [busy, setBusy] = useState<string>();

  const act = async (machine: PendingMachine, action: 'create' | 'remove') => {
    setBusy(`${action}:${machine.id}`);
    setError(undefined);
    setDone(undefined);
    try {
      if (action === 'create') {
        const association = await api.request<Association>(`/pending/${machine.id}/create`, { method: 'POST' });
        setDone({ text: association.created ? `${machine.name ?? 'The machine'}: a new equipment was created.` : `${machine.name ?? 'The machine'} was already known: the agent is associated with it.`, equipmentId: association.equipmentId });
      } else {
        await api.request(`/pending/${machine.id}`, { method: 'DELETE' });
      }
      pending.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <PageHeader title="Pending machines" />
      <Text size="sm" c="dimmed" mb="md">
        Push agents whose machine is not associated with an equipment yet. Associate it with a known Workstation or Laptop, create a new equipment from what the agent sent, or remove it from the queue (its next inventory brings it back).
      </Text>
      <ErrorAlert error={error} title="Not done" />
      {done ? (
        <Alert color="green" mb="md" role="status">
          {done.text}{' '}
          <Anchor component={Link} href={`/equipment/${done.equipmentId}`}>
            Open the equipment
          </Anchor>
        </Alert>
      ) : null}
      <ErrorAlert error={pending.error} />
      {pending.loading && !pending.data ? <Loading /> : null}
      {pending.data && pending.data.items.length === 0 ? <Text c="dimmed">The queue is empty.</Text> : null}
      {pending.data && pending.data.total > pending.data.items.length ? (
        <Text c="dimmed">
          The first {pending.data.items.length} of {pending.data.total} pending machines{sort.field ? "" : ", oldest first"}.
        </Text>
      ) : null}
      {pending.data && pending.data.items.length > 0 ? (
        <Table striped aria-label="Pending machines">
          <Table.Thead>
            <Table.Tr>
              <SortableHeader field="name" sort={sort} onSort={setSort}>
                Name
              </SortableHeader>
              <Table.Th>IP</Table.Th>
              <SortableHeader field="system" sort={sort} onSort={setSort}>
                System
              </SortableHeader>
              <Table.Th>Agent UUID</Table.Th>
              <SortableHeader field="lastInventoryAt" sort={sort} onSort={setSort}>
                Last inventory
              </SortableHeader>
              <Table.Th>Suggested</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pending.data.items.map((machine) => (
              <Table.Tr key={machine.id}>
                <Table.Td>{machine.name ?? '—'}</Table.Td>
                <Table.Td>{machine.ipAddress ?? '—'}</Table.Td>
                <Table.Td>{machine.system ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {machine.agentUuid}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TimeAgo iso={machine.lastInventoryAt} />
                </Table.Td>
                <Table.Td>
                  {machine.suggestedEquipmentId ? (
                    <Anchor component={Link} href={`/equipment/${machine.suggestedEquipmentId}`} title={machine.suggestionReason ?? undefined}>
                      {machine.suggestedEquipmentName ?? 'the suggested equipment'}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" onClick={() => setAssociating(machine)} disabled={!canWrite} aria-label={`Associate ${machine.name ?? machine.agentUuid}`}>
                      Associate…
                    </Button>
                    <Button size="xs" variant="light" loading={busy === `create:${machine.id}`} onClick={() => void act(machine, 'create')} disabled={!canWrite} aria-label={`Create equipment for ${machine.name ?? machine.agentUuid}`}>
                      Create equipment
                    </Button>
                    <Button size="xs" variant="subtle" color="red" loading={busy === `remove:${machine.id}`} onClick={() => void act(machine, 'remove')} disabled={!canWrite} aria-label={`Remove ${machine.name ?? machine.agentUuid}`}>
                      Remove
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {associating ? (
        <AssociateDialog
          machine={associating}
          onClose={() => setAssociating(null)}
          onDone={(association) => {
            setAssociating(null);
            setDone({ text: `${associating.name ?? 'The machine'} is now associated.`, equipmentId: association.equipmentId });
            pending.reload();
          }}
        />
      ) : null}
    </>
  );
}

function AssociateDialog({ machine, onClose, onDone }: { machine: PendingMachine; onClose(): void; onDone(association: Association): void }) {
  const api = useApi();
  const workstations = useQuery<Page<EquipmentSummary>>('/equipment', { query: { type: 'Workstation', limit: 500 } });
  const laptops = useQuery<Page<EquipmentSummary>>('/equipment', { query: { type: 'Laptop', limit: 500 } });
  const [chosen, setChosen] = useState<string | null>(machine.suggestedEquipmentId);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const options = useMemo(() => {
    const all = [...(workstations.data?.items ?? []), ...(laptops.data?.items ?? [])];
    // Two machines may share a name, type and address: the serial, a MAC and the last inventory tell them apart, the id's start last of all.
    const label = (item: EquipmentSummary) =>
      [
        `${item.name} — ${item.type}`,
        item.serial ? `serial ${item.serial}` : undefined,
        item.primaryIp,
        item.macAddresses[0],
        item.lastInventoryAt ? `inventoried ${relativeTime(item.lastInventoryAt)}` : 'never inventoried',
        `id ${item.id.slice(0, 8)}`,
      ]
        .filter(Boolean)
        .join(', ');
    const suggested = all.filter((item) => item.id === machine.suggestedEquipmentId).map((item) => ({ value: item.id, label: `${label(item)} (suggested)` }));
    const rest = all.filter((item) => item.id !== machine.suggestedEquipmentId).map((item) => ({ value: item.id, label: label(item) }));
    return [...suggested, ...rest];
  }, [workstations.data, laptops.data, machine.suggestedEquipmentId]);

  const associate = async () => {
    if (!chosen) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onDone(await api.request<Association>(`/pending/${machine.id}/associate`, { method: 'POST', json: { equipmentId: chosen } }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const loading = workstations.loading || laptops.loading;
  return (
    <Modal opened onClose={onClose} title={`Associate ${machine.name ?? machine.agentUuid}`} size="lg">
      <Stack>
        <Text size="sm">Choose the Workstation or Laptop this machine is. Its inventory updates that equipment, and so do the agent’s later syncs.</Text>
        <ErrorAlert error={error} title="Not associated" />
        {loading ? <Loading /> : null}
        {!loading && options.length === 0 ? <Text c="dimmed">No Workstation or Laptop equipment yet: use Create equipment instead.</Text> : null}
        <Select label="Equipment" placeholder="Search by name, serial or IP" searchable data={options} value={chosen} onChange={(value) => value && setChosen(value)} allowDeselect={false} nothingFoundMessage="No such Workstation or Laptop" comboboxProps={{ withinPortal: true }} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void associate()} loading={busy} disabled={!chosen}>
            Associate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

