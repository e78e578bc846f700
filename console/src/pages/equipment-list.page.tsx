import { Alert, Anchor, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, INVENTORY_SOURCES, type EquipmentSummary, type Page } from '../api/types';
import { useQuery } from '../api/use-query';
import { ErrorAlert, Loading, PageHeader, TimeAgo, PageNavigation } from '../components/ui';

const PER_PAGE = 25;
const TEXT_FILTERS = [
  { key: 'q', label: 'Search', placeholder: 'name, host, serial, model' },
  { key: 'ip', label: 'IP address', placeholder: '192.0.2.10' },
  { key: 'mac', label: 'MAC address', placeholder: '00:1A:2B:3C:4D:5E' },
  { key: 'serial', label: 'Serial', placeholder: 'exact serial' },
] as const;

/** The equipment table; its filters live in the address (?type=Printer&q=…) so a view can be shared or linked. */
export function EquipmentListPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filters = Object.fromEntries(['q', 'ip', 'mac', 'serial', 'type', 'status', 'source', 'staleDays'].map((key) => [key, params.get(key) ?? undefined]));
  const list = useQuery<Page<EquipmentSummary>>('/equipment', { query: { ...filters, limit: PER_PAGE, offset: (page - 1) * PER_PAGE } });
  const [draft, setDraft] = useState<Record<string, string>>({});
  useEffect(() => setDraft(Object.fromEntries(TEXT_FILTERS.map(({ key }) => [key, params.get(key) ?? '']))), [params]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
    }
    next.delete('page');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update(Object.fromEntries(TEXT_FILTERS.map(({ key }) => [key, draft[key]?.trim() || null])));
  };

  return (
    <>
      <PageHeader title="Equipment" />
      {params.get('deleted') ? (
        <Alert color="green" mb="md" role="status" withCloseButton onClose={() => update({ deleted: null })}>
          {params.get('deleted')} was deleted.
        </Alert>
      ) : null}
      <form onSubmit={search} role="search" aria-label="Filter equipment">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          {TEXT_FILTERS.map(({ key, label, placeholder }) => (
            <TextInput key={key} label={label} placeholder={placeholder} w={key === 'q' ? 220 : 170} value={draft[key] ?? ''} onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })} error={list.error?.fieldMessage(`query.${key}`)} />
          ))}
          <Select label="Type" placeholder="Any" w={150} data={[...EQUIPMENT_TYPES]} value={params.get('type')} onChange={(value) => update({ type: value })} clearable />
          <Select label="Status" placeholder="Any" w={120} data={[...EQUIPMENT_STATUSES]} value={params.get('status')} onChange={(value) => update({ status: value })} clearable />
          <Select label="Source" placeholder="Any" w={150} data={[...INVENTORY_SOURCES]} value={params.get('source')} onChange={(value) => update({ source: value })} clearable />
          <Button type="submit">Search</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({});
              setParams(new URLSearchParams());
            }}
          >
            Clear
          </Button>
        </Group>
      </form>
      {params.get('staleDays') ? (
        <Text size="sm" mb="sm">
          Showing equipment not inventoried for more than {params.get('staleDays')} days.{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => update({ staleDays: null })}>
            Show all
          </Anchor>
        </Text>
      ) : null}
      {list.error && list.error.status !== 400 ? <ErrorAlert error={list.error} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {list.data.total} equipment
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={4} aria-label="Equipment">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Sources</Table.Th>
                  <Table.Th>IP</Table.Th>
                  <Table.Th>MAC</Table.Th>
                  <Table.Th>Serial</Table.Th>
                  <Table.Th>Last inventory</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`/equipment/${item.id}`}>
                        {item.name}
                      </Anchor>
                      {item.model ? (
                        <Text size="xs" c="dimmed">
                          {[item.manufacturer, item.model].filter(Boolean).join(' ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{item.type}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={item.status === 'Active' ? 'green' : item.status === 'Ignored' ? 'yellow' : 'gray'}>
                        {item.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{[...new Set(item.sources.map((source) => source.source))].join(', ')}</Table.Td>
                    <Table.Td>{item.primaryIp ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {item.macAddresses.slice(0, 2).join(', ') || '—'}
                        {item.macAddresses.length > 2 ? ` +${item.macAddresses.length - 2}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{item.serial ?? '—'}</Table.Td>
                    <Table.Td>
                      <TimeAgo iso={item.lastInventoryAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.items.length === 0 ? <EmptyResult filtered={[...params.keys()].some((key) => key !== 'page' && key !== 'deleted')} onClear={() => setParams(new URLSearchParams())} /> : null}
          {list.data.total > PER_PAGE ? (
            <PageNavigation
              mt="sm"
              total={Math.ceil(list.data.total / PER_PAGE)}
              value={page}
              onChange={(value) => {
                const next = new URLSearchParams(params);
                next.set('page', String(value));
                setParams(next);
                // A new page starts at its top, not where the pagination was.
                window.scrollTo({ top: 0 });
              }}
              aria-label="Equipment pages"
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** An empty table says why and what to do, rather than showing a bare header row. */
function EmptyResult({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <Text ta="center" c="dimmed" py="xl" role="status">
      {filtered ? (
        <>
          No equipment matches these filters.{' '}
          <Anchor component="button" type="button" onClick={onClear}>
            Clear the filters
          </Anchor>
        </>
      ) : (
        <>No equipment yet: run a scan, import OCS files or point agents at this server.</>
      )}
    </Text>
  );
}
