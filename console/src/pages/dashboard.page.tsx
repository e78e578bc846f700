import { Alert, Anchor, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Dashboard } from '../api/types';
import { useLiveEvents } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { ColumnChart, CountBars } from '../components/charts';
import { ErrorAlert, Loading, PageHeader, RunStatusBadge, TimeAgo } from '../components/ui';

function Tile({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Anchor component={Link} href={href} fz={28} fw={700} underline="never" aria-label={`${label}: ${value}`}>
        {value}
      </Anchor>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `dash-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={3} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Counts by type and status, equipment not inventoried lately, the last runs and import errors. */
export function DashboardPage() {
  const [staleDays, setStaleDays] = useState(30);
  const dashboard = useQuery<Dashboard>('/dashboard', { query: { staleDays }, pollMs: 60_000 });
  const data = dashboard.data;
  // Re-read at most every 2 s when something the dashboard counts happened.
  const lastReload = useRef(0);
  useLiveEvents(['scan.completed', 'ocs.file', 'pending.created', 'equipment.created', 'agent.offline'], () => {
    if (Date.now() - lastReload.current > 2000) {
      lastReload.current = Date.now();
      dashboard.reload();
    }
  });
  return (
    <>
      <PageHeader title="Dashboard" />
      <ErrorAlert error={dashboard.error} />
      {!data ? <Loading /> : null}
      {data ? (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Tile label="Equipment" value={data.equipment.total} href="/equipment" />
            <Tile label={`Not inventoried for ${data.stale.days}+ days`} value={data.stale.total} href={`/equipment?staleDays=${data.stale.days}`} />
            <Tile label="Pending machines" value={data.pending} href="/pending" />
            <Tile label="Agents online" value={data.agents.online} href="/agents" />
          </SimpleGrid>
          <HealthPanel health={data.health} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Section title="Equipment by type">
              <CountBars label="Equipment by type" rows={data.equipment.byType.map((row) => ({ label: row.type, count: row.count, href: `/equipment?type=${row.type}` }))} />
            </Section>
            <Section title="Equipment by OS">
              <CountBars
                label="Equipment by operating system"
                rows={data.charts.equipmentByOs.map((row) => ({ label: row.other ? 'Other' : (row.osName ?? 'Unknown'), count: row.count, href: row.osName && !row.other ? `/equipment?os=${encodeURIComponent(row.osName)}` : undefined }))}
              />
            </Section>
            <Section title="Days since the last inventory">
              <ColumnChart label="Equipment by days since its last inventory" rows={data.charts.inventoryAge.map((row) => ({ label: row.bucket === 'never' ? 'never' : `${row.bucket} d`, equipment: row.count }))} series={[{ key: 'equipment', name: 'equipment' }]} />
            </Section>
            <Section title="Scan runs, last 30 days">
              <ColumnChart
                label="Scan runs per day"
                rows={data.charts.scanRunsPerDay.map((row) => ({ label: row.day.slice(5), completed: row.completed, failed: row.failed, other: row.other }))}
                series={[
                  { key: 'completed', name: 'completed', color: '#2b8a3e' },
                  { key: 'failed', name: 'failed', color: '#c92a2a' },
                  { key: 'other', name: 'cancelled or interrupted', color: '#868e96' },
                ]}
              />
            </Section>
            <Section title="Agents online">
              <ColumnChart
                label="Agents online and offline by kind"
                rows={data.charts.agentsByKind.map((row) => ({ label: row.kind, online: row.online, offline: row.offline }))}
                series={[
                  { key: 'online', name: 'online', color: '#2b8a3e' },
                  { key: 'offline', name: 'offline', color: '#868e96' },
                ]}
              />
            </Section>
            <Section title="Equipment by status">
              <CountTable rows={data.equipment.byStatus.map((row) => ({ label: row.status, count: row.count, href: `/equipment?status=${row.status}` }))} />
            </Section>
          </SimpleGrid>
          <Section title="Not inventoried lately">
            <Group mb="xs">
              <NumberInput label="More than (days)" min={1} max={3650} w={160} value={staleDays} onChange={(value) => setStaleDays(typeof value === 'number' && value >= 1 ? value : 30)} />
            </Group>
            {data.stale.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                Every equipment was inventoried within {data.stale.days} days.
              </Text>
            ) : (
              <Table aria-label="Equipment not inventoried lately">
                <Table.Tbody>
                  {data.stale.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Anchor component={Link} href={`/equipment/${item.id}`}>
                          {item.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{item.type}</Table.Td>
                      <Table.Td>{item.primaryIp ?? '—'}</Table.Td>
                      <Table.Td>last <TimeAgo iso={item.lastInventoryAt} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Section title="Last scan runs">
              {data.lastRuns.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No scan yet.
                </Text>
              ) : (
                <Table aria-label="Last scan runs">
                  <Table.Tbody>
                    {data.lastRuns.map((run) => (
                      <Table.Tr key={run.id}>
                        <Table.Td>
                          <Anchor component={Link} href={`/scans/${run.id}`}>
                            <TimeAgo iso={run.startedAt} />
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{run.connectionName ?? '—'}</Table.Td>
                        <Table.Td>
                          <RunStatusBadge status={run.status} />
                        </Table.Td>
                        <Table.Td>
                          {run.counts.alive} alive of {run.counts.targets}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
            <Section title="Import errors">
              {data.importErrors.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No OCS file was refused since the server started.
                </Text>
              ) : (
                <Table aria-label="Import errors">
                  <Table.Tbody>
                    {data.importErrors.map((item) => (
                      <Table.Tr key={`${item.connectionId}${item.file}${item.at}`}>
                        <Table.Td>
                          <Anchor component={Link} href={`/connections/${item.connectionId}`}>
                            {item.connectionName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{item.file}</Table.Td>
                        <Table.Td>{item.reason}</Table.Td>
                        <Table.Td><TimeAgo iso={item.at} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
          </SimpleGrid>
        </Stack>
      ) : null}
    </>
  );
}

function CountTable({ rows }: { rows: { label: string; count: number; href: string }[] }) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No equipment yet.
      </Text>
    );
  }
  return (
    <Table>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Td>
              <Anchor component={Link} href={row.href}>
                {row.label}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right">{row.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What is broken now, before any figure: a failing folder watch, a failing webhook, agents gone quiet. */
function HealthPanel({ health }: { health: Dashboard['health'] }) {
  const { watchers, webhooks, agents } = health;
  if (watchers.failing + webhooks.failing + agents.offline === 0) {
    return (
      <Alert color="green" variant="light" title="Everything is working">
        Every OCS folder is watched, the last webhook deliveries succeeded and every agent checked in on time.
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" title="Needs attention" role="region" aria-label="Needs attention">
      <Stack gap={4}>
        {watchers.items.map((item) => (
          <Text size="sm" key={item.connectionId}>
            OCS folder of{' '}
            <Anchor component={Link} href={`/connections/${item.connectionId}`} size="sm">
              {item.connectionName}
            </Anchor>{' '}
            is not watched: {item.lastError ?? 'failing'}
            {item.since ? (
              <>
                {' '}
                (since <TimeAgo iso={item.since} />)
              </>
            ) : null}
          </Text>
        ))}
        {webhooks.items.map((hook) => (
          <Text size="sm" key={hook.id}>
            Webhook {hook.url} failed{hook.lastStatus ? ` with HTTP ${hook.lastStatus}` : ''}
            {hook.lastError ? `: ${hook.lastError}` : ''} (<TimeAgo iso={hook.lastAttemptAt} />)
          </Text>
        ))}
        {agents.offline > 0 ? (
          <Text size="sm">
            <Anchor component={Link} href="/agents" size="sm">
              {agents.offline} agent{agents.offline === 1 ? '' : 's'} offline
            </Anchor>
            : {agents.items.map((agent) => agent.hostname ?? agent.uuid).join(', ')}
            {agents.offline > agents.items.length ? ' …' : ''}
          </Text>
        ) : null}
        {watchers.failing > watchers.items.length || webhooks.failing > webhooks.items.length ? <Text size="xs">(the first 10 of each are listed)</Text> : null}
      </Stack>
    </Alert>
  );
}
