import { Alert, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import type { EquipmentDetail, EquipmentSummary, Page, ResponseOf } from '../api/types';
import { useQuery } from '../api/use-query';
import { useApi } from '../session/session';
import { CollapsibleList } from './collapsible-list';
import { identityKindName, identityValueText } from './readable';
import { ErrorAlert, TimeAgo } from './ui';

type MergeResult = ResponseOf<'/equipment/{id}/merge', 'post'>;
type Identities = ResponseOf<'/equipment/{id}/identities', 'get'>;

/** Choices the search offers at once. */
const CHOICES = 20;
/** An address, or its first octets (192.0.2, 10.1.), or an IPv6 one: searched as `ip`, the rest as `q`. */
const LOOKS_LIKE_IP = /^(\d{1,3}\.){1,3}\d{0,3}$|^[0-9a-f]*:[0-9a-f:.]*$/i;

/** How a choice reads: enough to tell two alike apart (type, serial, address, the start of its id). */
function choiceLabel(item: EquipmentSummary): string {
  return [item.name, item.type, item.serial ? `serial ${item.serial}` : null, item.primaryIp, `id ${item.id.slice(0, 8)}`].filter(Boolean).join(' · ');
}

/** The search's query: by name, serial, model, OS (q), or by address (ip) when it reads as one. */
function searchQuery(text: string): Record<string, string | number> {
  const trimmed = text.trim();
  if (!trimmed) {
    return { limit: CHOICES, sort: 'name' };
  }
  return LOOKS_LIKE_IP.test(trimmed) && /[.:]/.test(trimmed) ? { ip: trimmed.replace(/\.$/, ''), limit: CHOICES } : { q: trimmed, limit: CHOICES };
}

/**
 * Merge a duplicate into this equipment: the duplicate is found by searching (name, serial,
 * model, address), the API's dry run is shown in words as soon as one is chosen, and the merge
 * happens only when confirmed. A contradiction (two serials, two UUIDs) asks again.
 */
export function MergeDialog({ item, onClose, onMerged }: { item: EquipmentDetail; onClose: () => void; onMerged: (message: string) => void }) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<EquipmentSummary>();
  const [preview, setPreview] = useState<MergeResult>();
  const [error, setError] = useState<unknown>();
  const [contradicted, setContradicted] = useState(false);
  const [busy, setBusy] = useState(false);
  // Once chosen, the input shows the choice's label: that is not a new search.
  const searching = chosen && debounced === choiceLabel(chosen) ? '' : debounced;
  const found = useQuery<Page<EquipmentSummary>>('/equipment', { query: searchQuery(searching) });
  const options = [...(chosen ? [chosen] : []), ...(found.data?.items ?? []).filter((candidate) => candidate.id !== item.id && candidate.id !== chosen?.id)];

  const call = async (dryRun: boolean, from: EquipmentSummary, acceptContradictions: boolean) => {
    setError(undefined);
    setBusy(true);
    try {
      const answer = await api.request<MergeResult>(`/equipment/${item.id}/merge`, { method: 'POST', json: { from: [from.id], dryRun, ...(acceptContradictions ? { acceptContradictions: true } : {}) } });
      if (dryRun) {
        setPreview(answer);
      } else {
        onClose();
        onMerged(`${from.name} was merged into ${item.name}. The merge can be undone from the History tab, or split from the Identities tab.`);
      }
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        setContradicted(true);
      }
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const choose = (id: string | null) => {
    const next = options.find((candidate) => candidate.id === id);
    setChosen(next);
    setPreview(undefined);
    setContradicted(false);
    setError(undefined);
    if (next) {
      void call(true, next, false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Merge a duplicate into ${item.name}`} size="xl">
      <Stack>
        <Select
          label="Duplicate to merge into this one"
          description="Type its name, serial, model or address; choose it with the arrow keys and Enter"
          placeholder="Search equipment"
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          // The server searches; every option it answered is shown as it is.
          filter={({ options: all }) => all}
          data={options.map((candidate) => ({ value: candidate.id, label: choiceLabel(candidate) }))}
          value={chosen?.id ?? null}
          onChange={choose}
          nothingFoundMessage={found.loading ? 'Searching…' : 'No equipment matches'}
          data-autofocus
        />
        <ErrorAlert error={error} title={contradicted ? 'These look like two machines' : 'The merge cannot be done'} />
        {contradicted && chosen ? (
          <Alert color="yellow" title="Merge anyway?">
            A serial number, system UUID or engine ID tells them apart. Merge anyway only if you know they are one machine.
            <Group mt="xs">
              <Button size="xs" variant="default" onClick={() => void call(true, chosen, true)}>
                Show what it would do anyway
              </Button>
            </Group>
          </Alert>
        ) : null}
        {preview && chosen ? <MergePreview item={item} duplicate={chosen} preview={preview} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => chosen && void call(false, chosen, contradicted)} disabled={!preview || !chosen} loading={busy && Boolean(preview)}>
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The dry run in words: what stays, what the duplicate brings, what goes. */
function MergePreview({ item, duplicate, preview }: { item: EquipmentDetail; duplicate: EquipmentSummary; preview: MergeResult }) {
  const held = useQuery<Identities>(`/equipment/${item.id}/identities`);
  const [gained, setGained] = useState<Map<string, string[]>>(new Map());
  useEffect(() => {
    const known = new Set((held.data?.items ?? []).map((identity) => `${identity.kind}:${identity.value}`));
    const byKind = new Map<string, string[]>();
    for (const identity of preview.result.identities) {
      if (held.data && !known.has(`${identity.kind}:${identity.value}`)) {
        byKind.set(identity.kind, [...(byKind.get(identity.kind) ?? []), identityValueText(identity.value)]);
      }
    }
    setGained(byKind);
  }, [held.data, preview]);
  const rows: [string, string, string][] = [
    ['Name', item.name, preview.result.name],
    ['Type', item.type, preview.result.type],
  ];
  return (
    <Alert color="blue" title="What the merge would do" role="region" aria-label="What the merge would do">
      <Stack gap="xs">
        <Text size="sm">
          {preview.absorbed.map((absorbed) => absorbed.name).join(', ')} ({[duplicate.type, duplicate.serial ? `serial ${duplicate.serial}` : null, duplicate.primaryIp].filter(Boolean).join(', ')}, last inventory <TimeAgo iso={duplicate.lastInventoryAt} />) becomes part of {item.name}: its sources, history and identities move here, and its own page answers “not found” from now on.
        </Text>
        <Table withTableBorder aria-label="Fields after the merge">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Now</Table.Th>
              <Table.Th>After the merge</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([field, before, after]) => (
              <Table.Tr key={field}>
                <Table.Td>{field}</Table.Td>
                <Table.Td>{before}</Table.Td>
                <Table.Td>{after === before ? `${after} (unchanged)` : after}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" fw={500}>
          Identities it brings ({[...gained.values()].reduce((sum, values) => sum + values.length, 0)}; {preview.result.identities.length} in all after the merge)
        </Text>
        {gained.size === 0 ? (
          <Text size="sm">{held.data ? 'None this equipment does not hold already.' : 'Reading this equipment’s identities…'}</Text>
        ) : (
          [...gained.entries()].map(([kind, values]) => (
            <div key={kind}>
              <Text size="sm">{identityKindName(kind)}</Text>
              <CollapsibleList items={values} sign="+" />
            </div>
          ))
        )}
        {preview.contradictions.length > 0 ? (
          <Text size="sm" fw={600}>
            Contradictions accepted: {preview.contradictions.map((contradiction) => contradiction.reason).join('; ')}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
