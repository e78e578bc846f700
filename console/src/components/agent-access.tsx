import { Alert, Badge, Button, Card, Code, CopyButton, Group, PasswordInput, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { AgentApiConfiguration, IssuedCredentials } from '../api/types';
import { useQuery } from '../api/use-query';
import { useApi, useCanWrite } from '../session/session';
import { ErrorAlert, Loading } from './ui';

/** The agents' API access: current and secondary configuration, Active/Inactive, a new secret (shown once). */
export function AgentAccessCard() {
  const api = useApi();
  const canWrite = useCanWrite();
  const configuration = useQuery<AgentApiConfiguration>('/agent-api');
  const [issued, setIssued] = useState<IssuedCredentials>();
  const [error, setError] = useState<unknown>();

  const call = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      configuration.reload();
    } catch (caught) {
      setError(caught);
    }
  };
  const generate = () =>
    call(async () => {
      if (configuration.data?.secretSet && !window.confirm('A new secret replaces the current one: agents using it are refused until they get the new one. Continue?')) {
        return;
      }
      setIssued(await api.request<IssuedCredentials>('/agent-api/secret', { method: 'POST' }));
    });

  const current = configuration.data;
  return (
    <Card withBorder component="section" aria-labelledby="agent-api-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="agent-api-title">
          Agent API access
        </Title>
        <ErrorAlert error={configuration.error ?? error} />
        {!current ? <Loading /> : null}
        {current ? (
          <>
            <Table withRowBorders={false} verticalSpacing={2}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={140}>URL</Table.Th>
                  <Table.Td>
                    <Code>{current.url}</Code>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Client ID</Table.Th>
                  <Table.Td>
                    <Code>{current.clientId}</Code>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Client secret</Table.Th>
                  <Table.Td>{current.secretSet ? 'set (never shown again)' : <Badge color="orange">not generated yet: agents are refused</Badge>}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group>
              <SegmentedControl
                aria-label="Agent API status"
                data={['Active', 'Inactive']}
                value={current.status}
                disabled={!canWrite}
                onChange={(status) => void call(() => api.request('/agent-api/status', { method: 'PUT', json: { status } }))}
              />
              <Button variant="light" onClick={() => void generate()} disabled={!canWrite}>
                {current.secretSet ? 'Generate a new secret' : 'Generate the secret'}
              </Button>
            </Group>
            {issued ? (
              <Alert color="yellow" title="The client secret, shown once" role="status">
                <Group gap="xs">
                  <Code data-testid="issued-secret">{issued.clientSecret}</Code>
                  <CopyButton value={issued.clientSecret}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="subtle" onClick={copy}>
                        {copied ? 'Copied' : 'Copy'}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Text size="sm" mt="xs">
                  {issued.message}
                </Text>
              </Alert>
            ) : null}
            <SecondaryForm configuration={current} onChanged={configuration.reload} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function SecondaryForm({ configuration, onChanged }: { configuration: AgentApiConfiguration; onChanged(): void }) {
  const api = useApi();
  const canWrite = useCanWrite();
  const [url, setUrl] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const field = (name: string) => (failure instanceof ApiError ? failure.fieldMessage(name) : undefined);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      await api.request('/agent-api/secondary', { method: 'PUT', json: { url, clientId, clientSecret } });
      setClientSecret('');
      onChanged();
    } catch (caught) {
      setFailure(caught);
    }
  };
  const promote = async () => {
    if (window.confirm('Make the secondary configuration current? Agents still on the current one are refused afterwards.')) {
      try {
        await api.request('/agent-api/secondary/promote', { method: 'POST' });
        onChanged();
      } catch (caught) {
        setFailure(caught);
      }
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} aria-labelledby="secondary-title">
      <Stack gap="xs">
        <Title order={4} size="h5" id="secondary-title">
          Secondary configuration
        </Title>
        {configuration.secondary ? (
          <Group gap="xs">
            <Text size="sm">
              <Code>{configuration.secondary.url}</Code> as <Code>{configuration.secondary.clientId}</Code>: {configuration.secondary.agentsSwitched} agent(s) switched
            </Text>
            <Button size="xs" variant="light" onClick={() => void promote()} disabled={!canWrite}>
              Promote to current
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            None. Agents learn a secondary configuration at their next sync; both work until it is promoted.
          </Text>
        )}
        {failure && !(failure instanceof ApiError && failure.problem.errors?.length) ? <ErrorAlert error={failure} /> : null}
        <Group grow align="flex-start">
          <TextInput label="Secondary URL" placeholder="https://new-server.example" value={url} onChange={(event) => setUrl(event.currentTarget.value)} error={field('url')} />
          <TextInput label="Secondary client ID" value={clientId} onChange={(event) => setClientId(event.currentTarget.value)} error={field('clientId')} />
          <PasswordInput label="Secondary client secret" description="24+ characters, three character classes" value={clientSecret} onChange={(event) => setClientSecret(event.currentTarget.value)} error={field('clientSecret')} />
        </Group>
        <Group>
          <Button type="submit" variant="light" disabled={!canWrite}>
            Save and Apply Settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
