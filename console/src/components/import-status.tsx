import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportStatus } from '../api/types';
import { useLiveEvents } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { ErrorAlert, TimeAgo } from './ui';

/** An OCS connection's folder: counts since the server started and the last files refused. */
export function ImportStatusCard({ connectionId }: { connectionId: string }) {
  const status = useQuery<ImportStatus>(`/connections/${connectionId}/imports`, { pollMs: 30_000 });
  useLiveEvents(['ocs.file'], (_type, data) => data.connectionId === connectionId && status.reload());
  return (
    <Card withBorder component="section" aria-labelledby="imports-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="imports-title">
          Imports since the server started
        </Title>
        <ErrorAlert error={status.error} />
        {status.data ? (
          <>
            <Group gap="lg">
              <WatcherState watcher={status.data.watcher} />
              <Text size="sm">Imported {status.data.imported}</Text>
              <Text size="sm">Already imported {status.data.duplicate}</Text>
              <Text size="sm">Rejected {status.data.rejected}</Text>
              <Text size="sm">Pending {status.data.pending}</Text>
            </Group>
            {status.data.lastErrors.length > 0 ? (
              <Table aria-label="Last import errors">
                <Table.Tbody>
                  {status.data.lastErrors.map((item) => (
                    <Table.Tr key={`${item.file}${item.at}`}>
                      <Table.Td>{item.file}</Table.Td>
                      <Table.Td>{item.reason}</Table.Td>
                      <Table.Td>
                        <TimeAgo iso={item.at} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

const WATCHER_COLORS = { watching: 'green', failing: 'red', disabled: 'gray', stopped: 'gray' } as const;

/** The folder watch as the server reports it: a missing folder is "failing" with its reason, not "watching". */
function WatcherState({ watcher }: { watcher: ImportStatus['watcher'] }) {
  if (!watcher) {
    return null;
  }
  return (
    <Group gap="xs" role="status">
      <Badge color={WATCHER_COLORS[watcher.state]} variant="light">
        {watcher.state === 'watching' ? 'watching the folder' : watcher.state}
      </Badge>
      {watcher.state === 'failing' ? (
        <Text size="sm" c="red.9">
          {watcher.lastError ?? 'the folder cannot be watched'}
          {watcher.since ? (
            <>
              {' '}
              (since <TimeAgo iso={watcher.since} />; tried again periodically)
            </>
          ) : null}
        </Text>
      ) : null}
    </Group>
  );
}
