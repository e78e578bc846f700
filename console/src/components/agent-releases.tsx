import { Badge, Button, Card, Checkbox, Code, FileInput, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { AgentRelease } from '../api/types';
import { useQuery } from '../api/use-query';
import { useApi, useCanWrite } from '../session/session';
import { formatBytes } from './readable';
import { ErrorAlert, formatDateTime } from './ui';

/** Agent packages: upload one (stored with its SHA-256), choose the version agents are offered. */
export function AgentReleasesCard() {
  const api = useApi();
  const canWrite = useCanWrite();
  const releases = useQuery<{ items: AgentRelease[] }>('/agent-releases');
  const [file, setFile] = useState<File | null>(null);
  const [version, setVersion] = useState('');
  const [current, setCurrent] = useState(true);
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await api.request('/agent-releases', { method: 'POST', body: await file.arrayBuffer(), query: { version: version.trim(), fileName: file.name, current } });
      setFile(null);
      setVersion('');
      releases.reload();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  const makeCurrent = async (release: AgentRelease) => {
    setFailure(undefined);
    try {
      await api.request(`/agent-releases/${encodeURIComponent(release.version)}/current`, { method: 'PUT' });
      releases.reload();
    } catch (caught) {
      setFailure(caught);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="releases-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="releases-title">
          Agent releases
        </Title>
        <ErrorAlert error={releases.error} />
        <form onSubmit={(event) => void upload(event)} aria-label="Upload a release">
          <Group align="flex-end" gap="sm">
            <FileInput label="Package" placeholder="Choose a file" value={file} onChange={setFile} w={200} clearable />
            <TextInput label="Version" placeholder="1.5.0" value={version} onChange={(event) => setVersion(event.currentTarget.value)} w={110} error={failure instanceof ApiError ? failure.fieldMessage('query.version') : undefined} />
            <Checkbox label="Offer to agents now" checked={current} onChange={(event) => setCurrent(event.currentTarget.checked)} mb={8} />
            <Button type="submit" loading={busy} disabled={!canWrite || !file || version.trim() === ''}>
              Upload
            </Button>
          </Group>
        </form>
        {failure && !(failure instanceof ApiError && failure.fieldMessage('query.version')) ? <ErrorAlert error={failure} title="Not uploaded" /> : null}
        {releases.data && releases.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No release uploaded.
          </Text>
        ) : null}
        {releases.data && releases.data.items.length > 0 ? (
          <Table aria-label="Releases">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th>Uploaded</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {releases.data.items.map((release) => (
                <Table.Tr key={release.version}>
                  <Table.Td>
                    <Code>{release.version}</Code>
                  </Table.Td>
                  <Table.Td title={`SHA-256 ${release.sha256}`}>{release.fileName}</Table.Td>
                  <Table.Td>{formatBytes(release.size)}</Table.Td>
                  <Table.Td>{formatDateTime(release.uploadedAt)}</Table.Td>
                  <Table.Td>
                    {release.current ? (
                      <Badge color="green">current</Badge>
                    ) : (
                      <Button size="xs" variant="subtle" onClick={() => void makeCurrent(release)} disabled={!canWrite}>
                        Make current
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Card>
  );
}
