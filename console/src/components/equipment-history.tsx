import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { HistoryItem, InventoryChange, Page } from '../api/types';
import { useQuery } from '../api/use-query';
import { CollapsibleList } from './collapsible-list';
import { changeValueText, fieldName } from './readable';
import { ErrorAlert, Loading, TimeAgo, formatDateTime, PageNavigation } from './ui';

const PER_PAGE = 20;

function ChangeRow({ change }: { change: InventoryChange }) {
  const name = (
    <Text size="sm" fw={500} title={change.field}>
      {fieldName(change.field)}
    </Text>
  );
  if ('added' in change) {
    return (
      <Table.Tr>
        <Table.Td>{name}</Table.Td>
        <Table.Td>
          <CollapsibleList items={change.removed} sign="−" color="red.9" />
        </Table.Td>
        <Table.Td>
          <CollapsibleList items={change.added} sign="+" color="green.9" />
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr>
      <Table.Td>{name}</Table.Td>
      <Table.Td>{changeValueText(change.field, change.from)}</Table.Td>
      <Table.Td>{changeValueText(change.field, change.to)}</Table.Td>
    </Table.Tr>
  );
}

/** Accepted inventories, newest first, each with what it changed (before → after). */
export function EquipmentHistory({ id }: { id: string }) {
  const [page, setPage] = useState(1);
  const history = useQuery<Page<HistoryItem>>(`/equipment/${id}/history`, { query: { limit: PER_PAGE, offset: (page - 1) * PER_PAGE } });
  if (history.error) {
    return <ErrorAlert error={history.error} />;
  }
  if (!history.data) {
    return <Loading />;
  }
  return (
    <Stack>
      {history.data.items.map((entry) => (
        <Card key={entry.id} withBorder component="article" aria-label={`Inventory of ${formatDateTime(entry.receivedAt)}`}>
          <Group gap="sm" mb={entry.changes.length > 0 ? 'xs' : 0}>
            <Text fw={600}>
              <TimeAgo iso={entry.receivedAt} />
            </Text>
            <Badge variant="light">{entry.source}</Badge>
            <Badge variant="outline" color={entry.decision === 'created' ? 'green' : entry.decision === 'updated' || entry.decision === 'merged' ? 'blue' : 'gray'}>
              {entry.decision}
            </Badge>
            {entry.matchedBy ? (
              <Text size="sm" c="dimmed">
                matched by {entry.matchedBy}
              </Text>
            ) : null}
            {entry.changes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {entry.decision === 'created' ? 'first inventory' : 'nothing changed'}
              </Text>
            ) : null}
          </Group>
          {entry.changes.length > 0 ? (
            <Table withTableBorder aria-label="Changes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Before</Table.Th>
                  <Table.Th>After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entry.changes.map((change, index) => (
                  <ChangeRow key={`${change.field}${index}`} change={change} />
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Card>
      ))}
      {history.data.total > PER_PAGE ? <PageNavigation total={Math.ceil(history.data.total / PER_PAGE)} value={page} onChange={setPage} aria-label="History pages" /> : null}
    </Stack>
  );
}
