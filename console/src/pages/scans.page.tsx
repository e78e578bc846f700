import { Anchor, Group, Progress, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { SCAN_STATUSES, type Page, type ScanRun } from '../api/types';
import { useConnectionNames } from '../api/use-connection-names';
import { useLiveEvents } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { SortableHeader } from '../components/sortable-header';
import { useSortParam } from '../components/use-sort-param';
import { ErrorAlert, Loading, PageHeader, RunStatusBadge, TimeAgo } from '../components/ui';

export function ScansPage() {
  const [status, setStatus] = useState<string | null>(null);
  const names = useConnectionNames();
  const [sort, setSort] = useSortParam();
  const runs = useQuery<Page<ScanRun>>('/scans', { query: { limit: 50, status: status ?? undefined, sort: sort.field, order: sort.order }, pollMs: 10_000 });
  useLiveEvents(['scan.completed'], () => runs.reload());
  return (
    <>
      <PageHeader title="Scan runs">
        <Select aria-label="Status" placeholder="Any status" data={[...SCAN_STATUSES]} value={status} onChange={setStatus} clearable w={180} />
      </PageHeader>
      <ErrorAlert error={runs.error} />
      {runs.loading && !runs.data ? <Loading /> : null}
      {runs.data && runs.data.items.length === 0 ? <Text c="dimmed">No scan run yet. Open a network connection and press Scan now.</Text> : null}
      {runs.data && runs.data.items.length > 0 ? (
        <Table striped highlightOnHover aria-label="Scan runs">
          <Table.Thead>
            <Table.Tr>
              <SortableHeader field="startedAt" sort={{ field: sort.field ?? 'startedAt', order: sort.order ?? (sort.field ? undefined : 'desc') }} onSort={setSort}>
                Started
              </SortableHeader>
              <Table.Th>Connection</Table.Th>
              <SortableHeader field="status" sort={sort} onSort={setSort}>
                Status
              </SortableHeader>
              <Table.Th>Progress</Table.Th>
              <Table.Th>Alive</Table.Th>
              <Table.Th>Trigger</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.data.items.map((run) => (
              <Table.Tr key={run.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/scans/${run.id}`}>
                    <TimeAgo iso={run.startedAt} />
                  </Anchor>
                </Table.Td>
                <Table.Td>{names.get(run.connectionId) ?? run.connectionId}</Table.Td>
                <Table.Td>
                  <RunStatusBadge status={run.status} />
                </Table.Td>
                <Table.Td w={200}>
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={run.progress.percent} w={120} aria-label={`${run.progress.percent}% done`} />
                    <Text size="xs">{Math.round(run.progress.percent)}%</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {run.counts.alive} / {run.counts.targets}
                </Table.Td>
                <Table.Td>{run.triggeredBy}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}
