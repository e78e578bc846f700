import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportStatus } from '../api/types';
import { useQuery } from '../api/use-query';
import { ErrorAlert, formatDateTime } from './ui';

/** An OCS connection's folder: counts since the server started and the last files refused. */
export function ImportStatusCard({ connectionId }: { connectionId: string }) {
  const status = useQuery<ImportStatus>(`/connections/${connectionId}/imports`, { pollMs: 5000 });
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
              <Text size="sm">{status.data.watching ? 'Watching the folder' : 'Not watching'}</Text>
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
                      <Table.Td>{formatDateTime(item.at)}</Table.Td>
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
