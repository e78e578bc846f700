import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { Connection, Page } from '../api/types';
import { useQuery } from '../api/use-query';
import { SortableHeader } from '../components/sortable-header';
import { useSortParam } from '../components/use-sort-param';
import { cronInWords } from '../components/readable';
import { ErrorAlert, Loading, PageHeader, TimeAgo } from '../components/ui';
import { useCanWrite } from '../session/session';

function summaryOf(connection: Connection): string {
  if (connection.type === 'ocs') {
    return connection.ocs?.path ?? '';
  }
  const shown = connection.targets.slice(0, 3).join(', ');
  return connection.targets.length > 3 ? `${shown} and ${connection.targets.length - 3} more` : shown;
}

export function ConnectionsPage() {
  const canWrite = useCanWrite();
  const [sort, setSort] = useSortParam();
  const list = useQuery<Page<Connection>>('/connections', { query: { limit: 500, sort: sort.field, order: sort.order } });
  return (
    <>
      <PageHeader title="Connections">
        {canWrite ? (
          <>
            <Button component={Link} href="/connections/new/network">
              New network connection
            </Button>
            <Button component={Link} href="/connections/new/ocs" variant="light">
              New OCS connection
            </Button>
          </>
        ) : null}
      </PageHeader>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <Text c="dimmed">No connection yet: create one to scan a network or import an OCS folder.</Text> : null}
      {list.data && list.data.items.length > 0 ? (
        <Table striped highlightOnHover aria-label="Connections">
          <Table.Thead>
            <Table.Tr>
              <SortableHeader field="name" sort={{ field: sort.field ?? 'name', order: sort.order }} onSort={setSort}>
                Name
              </SortableHeader>
              <SortableHeader field="type" sort={sort} onSort={setSort}>
                Type
              </SortableHeader>
              <Table.Th>Targets or folder</Table.Th>
              <Table.Th>Schedule</Table.Th>
              <Table.Th>State</Table.Th>
              <SortableHeader field="updatedAt" sort={sort} onSort={setSort}>
                Changed
              </SortableHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((connection) => (
              <Table.Tr key={connection.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/connections/${connection.id}`}>
                    {connection.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{connection.type === 'network' ? 'Network scan' : 'OCS import'}</Table.Td>
                <Table.Td>{summaryOf(connection)}</Table.Td>
                <Table.Td title={connection.schedule ?? undefined}>
                  {connection.type === 'ocs' ? 'as files arrive' : connection.schedule ? cronInWords(connection.schedule) : 'on demand'}
                  {connection.nextScanAt ? (
                    <Text size="xs">
                      next <TimeAgo iso={connection.nextScanAt} />
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {connection.watcher?.state === 'failing' ? (
                    <Badge color="red" variant="light" title={connection.watcher.lastError ?? undefined}>
                      folder failing
                    </Badge>
                  ) : (
                    <Badge color={connection.enabled ? 'green' : 'gray'} variant="light">
                      {connection.enabled ? 'enabled' : 'disabled'}
                    </Badge>
                  )}
                  {connection.watcher?.state === 'failing' && connection.watcher.lastError ? (
                    <Text size="xs" c="red.9">
                      {connection.watcher.lastError}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td><TimeAgo iso={connection.updatedAt} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}
