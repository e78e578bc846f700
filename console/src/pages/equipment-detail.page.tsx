import { Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useLiveEvents, useThrottled } from '../api/use-live-events';
import type { EquipmentDetail, InventoryDocument } from '../api/types';
import { useConnectionNames } from '../api/use-connection-names';
import { useQuery } from '../api/use-query';
import { EquipmentHistory } from '../components/equipment-history';
import { EquipmentActions } from '../components/equipment-actions';
import { EquipmentIdentities } from '../components/equipment-identities';
import { formatBytes, interfaceTypeName } from '../components/readable';
import { toast } from '../components/toasts';
import { ErrorAlert, Loading, NotFoundNotice, PageHeader, TimeAgo, formatDateTime, isNotFound } from '../components/ui';

/** One equipment: what it is, its components, its software, where it came from and what changed. */
export function EquipmentDetailPage({ id }: { id: string }) {
  const equipment = useQuery<EquipmentDetail>(`/equipment/${id}`);
  // Another console's edit, merge, split or deletion of this equipment (or a new inventory of it) shows here at once.
  const reload = useThrottled(equipment.reload, 1000);
  useLiveEvents(['equipment.updated', 'equipment.merged', 'equipment.split', 'equipment.deleted'], (_type, data) => {
    const absorbed = Array.isArray(data.absorbed) ? (data.absorbed as { equipmentId?: unknown }[]).map((item) => item.equipmentId) : [];
    if (data.equipmentId === id || data.newEquipmentId === id || absorbed.includes(id)) {
      reload();
    }
  });
  if (equipment.error) {
    return isNotFound(equipment.error) ? <NotFoundNotice what="Equipment" back="/equipment" backLabel="Back to the equipment list" /> : <ErrorAlert error={equipment.error} />;
  }
  if (!equipment.data) {
    return <Loading />;
  }
  const item = equipment.data;
  const doc = item.inventory;
  return (
    <>
      <PageHeader title={item.name}>
        <Badge variant="light">{item.type}</Badge>
        <Badge variant="light" color={item.status === 'Active' ? 'green' : item.status === 'Ignored' ? 'yellow' : 'gray'}>
          {item.status}
          {item.ignoredUntil ? ` until ${formatDateTime(item.ignoredUntil)}` : ''}
        </Badge>
        <EquipmentActions
          item={item}
          onChanged={(message) => {
            toast.done(message);
            equipment.reload();
          }}
        />
      </PageHeader>
      <TruncationNote truncated={doc.truncated} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="components">Components</Tabs.Tab>
          <Tabs.Tab value="software">Software ({doc.software?.length ?? 0})</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
          <Tabs.Tab value="identities">Identities</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview item={item} />
        </Tabs.Panel>
        <Tabs.Panel value="components">
          <Components doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="software">
          <Software doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <EquipmentHistory id={item.id} />
        </Tabs.Panel>
        <Tabs.Panel value="identities">
          <EquipmentIdentities
            id={item.id}
            onSplit={(message) => {
              toast.done(message);
              equipment.reload();
            }}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** Lists the server cut at its limits: the machine is kept, but it reported more than it shows. */
function TruncationNote({ truncated }: { truncated: InventoryDocument['truncated'] }) {
  const cuts = Object.entries(truncated ?? {}).flatMap(([list, cut]) => (cut ? [`${LIST_NAMES[list] ?? list}: ${cut.kept.toLocaleString()} of ${cut.total.toLocaleString()} shown`] : []));
  if (cuts.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" mb="md" title="Some lists were cut at the server's limits">
      {cuts.join('; ')}.
    </Alert>
  );
}

const LIST_NAMES: Record<string, string> = {
  software: 'Software',
  networkInterfaces: 'Network interfaces',
  interfaceIpv4: 'IPv4 addresses',
  interfaceIpv6: 'IPv6 addresses',
  cpus: 'Processors',
  memoryModules: 'Memory modules',
  disks: 'Disks',
  volumes: 'Volumes',
  extras: 'Other facts',
};

function Facts({ title, rows }: { title: string; rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== '');
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not reported.
        </Text>
      ) : (
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {shown.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={150} fw={500} c="dimmed">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function Overview({ item }: { item: EquipmentDetail }) {
  const names = useConnectionNames();
  const { identity = {}, os = {}, bios = {}, snmp = {} } = item.inventory;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Facts
          title="Identity"
          rows={[
            ['Host name', identity.hostname],
            ['Domain', identity.domain],
            ['IP address', identity.primaryIp],
            ['Manufacturer', identity.manufacturer],
            ['Model', identity.model],
            ['Serial', identity.serial],
            ['System UUID', identity.systemUuid],
            ['User', item.inventory.loggedInUser],
            ['Last inventory', <TimeAgo key="last" iso={item.lastInventoryAt} />],
          ]}
        />
        <Facts
          title="System"
          rows={[
            ['OS', [os.name, os.version].filter(Boolean).join(' ')],
            ['Architecture', os.architecture],
            ['Kernel', os.kernel],
            ['BIOS', [bios.vendor, bios.version, bios.releaseDate].filter(Boolean).join(' ')],
            ['sysDescr', snmp.sysDescr],
            ['sysObjectID', snmp.sysObjectId],
            ['Firmware', snmp.firmware],
            ['Location', snmp.sysLocation],
            ['Contact', snmp.sysContact],
            ['Pages printed', snmp.printerPageCount],
          ]}
        />
      </SimpleGrid>
      <Card withBorder component="section" aria-label="Sources">
        <Title order={3} size="h5" mb="xs">
          Sources
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Source</Table.Th>
              <Table.Th>Connection</Table.Th>
              <Table.Th>First seen</Table.Th>
              <Table.Th>Last seen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.sources.map((source) => (
              <Table.Tr key={`${source.source}:${source.connectionId ?? ''}`}>
                <Table.Td>{source.source}</Table.Td>
                <Table.Td>{source.connectionId ? (names.get(source.connectionId) ?? source.connectionId) : '—'}</Table.Td>
                <Table.Td>
                  <TimeAgo iso={source.firstSeenAt} />
                </Table.Td>
                <Table.Td>
                  <TimeAgo iso={source.lastSeenAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

function SimpleTable({ label, headers, rows }: { label: string; headers: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) {
    return null;
  }
  return (
    <Card withBorder component="section" aria-label={label}>
      <Title order={3} size="h5" mb="xs">
        {label}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header) => (
                <Table.Th key={header}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index}>
                {row.map((cell, column) => (
                  <Table.Td key={column}>{cell ?? '—'}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Components({ doc }: { doc: InventoryDocument }) {
  const empty = !doc.cpus?.length && !doc.memory && !doc.disks?.length && !doc.volumes?.length && !doc.networkInterfaces?.length;
  return (
    <Stack>
      {empty ? <Text c="dimmed">No component reported.</Text> : null}
      <SimpleTable label="Processors" headers={['Name', 'Manufacturer', 'Cores', 'Threads', 'Speed']} rows={(doc.cpus ?? []).map((cpu) => [cpu.name, cpu.manufacturer, cpu.cores, cpu.threads, cpu.speedMhz ? `${cpu.speedMhz} MHz` : undefined])} />
      {doc.memory ? (
        <SimpleTable
          label={`Memory (${formatBytes(doc.memory.totalBytes)})`}
          headers={['Slot', 'Capacity', 'Type', 'Speed', 'Serial']}
          rows={(doc.memory.modules ?? []).map((module) => [module.slot, formatBytes(module.capacityBytes), module.type, module.speedMhz ? `${module.speedMhz} MHz` : undefined, module.serial])}
        />
      ) : null}
      <SimpleTable label="Disks" headers={['Name', 'Model', 'Serial', 'Size', 'Type']} rows={(doc.disks ?? []).map((disk) => [disk.name, disk.model, disk.serial, formatBytes(disk.sizeBytes), disk.type])} />
      <SimpleTable label="Volumes" headers={['Mount', 'File system', 'Size', 'Free']} rows={(doc.volumes ?? []).map((volume) => [volume.mount, volume.filesystem, formatBytes(volume.sizeBytes), formatBytes(volume.freeBytes)])} />
      <SimpleTable
        label="Network interfaces"
        headers={['Name', 'MAC', 'Addresses', 'Type', 'Speed', 'Status']}
        rows={(doc.networkInterfaces ?? []).map((nic) => [
          nic.name,
          nic.mac,
          [...(nic.ipv4 ?? []), ...(nic.ipv6 ?? [])].join(', '),
          interfaceTypeName(nic.type),
          nic.speedMbps ? `${nic.speedMbps} Mb/s` : undefined,
          nic.status,
        ])}
      />
    </Stack>
  );
}

function Software({ doc }: { doc: InventoryDocument }) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const items = (doc.software ?? []).filter((item) => !needle || `${item.name ?? ''} ${item.publisher ?? ''}`.toLowerCase().includes(needle));
  return (
    <Stack>
      <Group>
        <TextInput label="Filter software" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} w={300} />
      </Group>
      {items.length === 0 ? <Text c="dimmed">No installed software reported.</Text> : null}
      <SimpleTable label="Installed software" headers={['Name', 'Version', 'Publisher', 'Installed']} rows={items.map((item) => [item.name, item.version, item.publisher, item.installedAt])} />
    </Stack>
  );
}
