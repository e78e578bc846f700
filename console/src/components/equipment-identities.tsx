import { Badge, Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ResponseOf } from '../api/types';
import { useQuery } from '../api/use-query';
import { useApi, useCanWrite } from '../session/session';
import { identityKindName, identityValueText } from './readable';
import { ErrorAlert, Loading, TimeAgo } from './ui';

type Identities = ResponseOf<'/equipment/{id}/identities', 'get'>;
type Identity = Identities['items'][number];
type SplitResult = ResponseOf<'/equipment/{id}/split', 'post'>;

const STRENGTH_COLORS: Record<Identity['strength'], string> = { strong: 'green', medium: 'blue', weak: 'gray' };

const keyOf = (identity: Identity) => `${identity.kind}:${identity.value}`;

/**
 * What tells this equipment apart (UUID, serial, MACs, names), which source reports each,
 * and the way back from a wrong merge: move the chosen identities and sources to an
 * equipment of their own (the API's split; an undone merge gets its old id back).
 */
export function EquipmentIdentities({ id, onSplit }: { id: string; onSplit: (message: string) => void }) {
  const identities = useQuery<Identities>(`/equipment/${id}/identities`);
  const canWrite = useCanWrite();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [chosenSources, setChosenSources] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  if (identities.error) {
    return <ErrorAlert error={identities.error} />;
  }
  if (!identities.data) {
    return <Loading />;
  }
  const items = identities.data.items;
  const sources = [...new Set(items.flatMap((identity) => identity.sources.map((source) => source.source)))].sort();
  const toggle = (set: Set<string>, value: string, update: (next: Set<string>) => void) => {
    const next = new Set(set);
    if (!next.delete(value)) {
      next.add(value);
    }
    update(next);
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Strong identities (UUID, serial, engine ID, source key) decide which equipment an inventory belongs to; weak ones (names, addresses) never merge two machines a strong one tells apart.
      </Text>
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label="Identities">
          <Table.Thead>
            <Table.Tr>
              {canWrite ? <Table.Th w={40}>Move</Table.Th> : null}
              <Table.Th>Kind</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Strength</Table.Th>
              <Table.Th>Reported by</Table.Th>
              <Table.Th>Last seen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((identity) => (
              <Table.Tr key={keyOf(identity)}>
                {canWrite ? (
                  <Table.Td>
                    <Checkbox aria-label={`Move ${identityKindName(identity.kind)} ${identityValueText(identity.value)}`} checked={chosen.has(keyOf(identity))} onChange={() => toggle(chosen, keyOf(identity), setChosen)} />
                  </Table.Td>
                ) : null}
                <Table.Td title={identity.kind}>{identityKindName(identity.kind)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{identityValueText(identity.value)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STRENGTH_COLORS[identity.strength]}>
                    {identity.strength}
                  </Badge>
                  {identity.current ? null : (
                    <Text span size="xs" c="dimmed" ml={6}>
                      past
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{identity.sources.map((source) => source.source).join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <TimeAgo iso={identity.lastSeenAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canWrite && sources.length > 0 ? (
        <Group gap="md">
          <Text size="sm" fw={500}>
            Sources to move with their history:
          </Text>
          {sources.map((source) => (
            <Checkbox key={source} label={source} checked={chosenSources.has(source)} onChange={() => toggle(chosenSources, source, setChosenSources)} />
          ))}
        </Group>
      ) : null}
      {canWrite ? (
        <Group>
          <Button variant="default" disabled={chosen.size === 0 && chosenSources.size === 0} onClick={() => setConfirming(true)}>
            Split the chosen into another equipment
          </Button>
        </Group>
      ) : null}
      {confirming ? (
        <SplitDialog
          id={id}
          identities={items.filter((identity) => chosen.has(keyOf(identity)))}
          sources={[...chosenSources]}
          onClose={() => setConfirming(false)}
          onDone={(result) => {
            setConfirming(false);
            setChosen(new Set());
            setChosenSources(new Set());
            identities.reload();
            onSplit(`Split: ${result.identities.length} identities and ${result.sources.length} sources now belong to equipment ${result.newEquipmentId}.`);
          }}
        />
      ) : null}
    </Stack>
  );
}

function SplitDialog({ id, identities, sources, onClose, onDone }: { id: string; identities: Identity[]; sources: string[]; onClose: () => void; onDone: (result: SplitResult) => void }) {
  const api = useApi();
  const [error, setError] = useState<unknown>();
  const split = async () => {
    try {
      const result = await api.request<SplitResult>(`/equipment/${id}/split`, { method: 'POST', json: { identities: identities.map(({ kind, value }) => ({ kind, value })), sources } });
      onDone(result);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Modal opened onClose={onClose} title="Split into another equipment?">
      <Stack>
        <Text size="sm">
          {identities.length} identities and {sources.length} sources move to an equipment of their own; an inventory carrying them goes there from now on. Merge the two again to undo.
        </Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button onClick={() => void split()}>Split</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
