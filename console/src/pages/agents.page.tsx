import { Badge, Card, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Agent } from '../api/types';
import { useLiveEvents } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { AgentAccessCard } from '../components/agent-access';
import { AgentReleasesCard } from '../components/agent-releases';
import { ErrorAlert, Loading, PageHeader, TimeAgo } from '../components/ui';

type AgentKind = Agent['kind'];

/** How the agents list names each kind of agent. */
const AGENT_KIND_NAMES: Record<AgentKind, string> = { 'capture-agent': 'Capture agent', ocs: 'OCS Inventory', fusioninventory: 'FusionInventory', glpi: 'GLPI agent' };

/** Push agents: the API access they sign in with, who they are, and the packages they are offered. */
export function AgentsPage() {
  // Contacts are pushed by the server (coalesced, one event a second at most): the list is re-read when one comes,
  // and a slow poll behind it moves Online to Offline for agents that stopped calling.
  const agents = useQuery<{ items: Agent[] }>('/agents', { pollMs: 60_000 });
  useLiveEvents(['agent.contacted', 'agent.offline', 'pending.created'], () => agents.reload());
  const online = agents.data?.items.filter((agent) => agent.online).length ?? 0;
  return (
    <>
      <PageHeader title="Agents" />
      <Stack>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <AgentAccessCard />
          <AgentReleasesCard />
        </SimpleGrid>
        <Card withBorder component="section" aria-labelledby="agent-list-title">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4" id="agent-list-title">
              Agents
            </Title>
            {agents.data ? (
              <Text size="sm" c="dimmed">
                {online} online, {agents.data.items.length - online} offline
              </Text>
            ) : null}
          </Group>
          <ErrorAlert error={agents.error} />
          {agents.loading && !agents.data ? <Loading /> : null}
          {agents.data && agents.data.items.length === 0 ? <Text c="dimmed">No agent has synced yet.</Text> : null}
          {agents.data && agents.data.items.length > 0 ? (
            <Table.ScrollContainer minWidth={800}>
              <Table striped aria-label="Agent list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Host</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Agent</Table.Th>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>Reported status</Table.Th>
                    <Table.Th>Address</Table.Th>
                    <Table.Th>Last contact</Table.Th>
                    <Table.Th>Last inventory</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {agents.data.items.map((agent) => (
                    <Table.Tr key={agent.id}>
                      <Table.Td>
                        {agent.hostname ?? '—'}
                        <Text size="xs" c="dimmed" ff="monospace">
                          {agent.uuid}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={agent.online ? 'green' : 'gray'} variant="light">
                          {agent.online ? 'Online' : 'Offline'}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{AGENT_KIND_NAMES[agent.kind]}</Table.Td>
                      <Table.Td>{agent.version ? <Code>{agent.version}</Code> : '—'}</Table.Td>
                      <Table.Td>{agent.status ?? '—'}</Table.Td>
                      <Table.Td>{agent.ipAddress ?? '—'}</Table.Td>
                      <Table.Td><TimeAgo iso={agent.lastContactAt} /></Table.Td>
                      <Table.Td><TimeAgo iso={agent.lastInventoryAt} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Card>
      </Stack>
    </>
  );
}
