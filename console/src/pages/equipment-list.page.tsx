import { Anchor, Badge, Button, Checkbox, Group, Menu, MultiSelect, Select, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, INVENTORY_SOURCES, type EquipmentSummary, type Page } from '../api/types';
import { saveBlob } from '../api/client';
import { useLiveEvents, useThrottled } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { toast } from '../components/toasts';
import { plainMessages } from '../components/form-feedback';
import { forgetFilter, saveFilter, savedFilters, type SavedFilter } from '../components/saved-filters';
import { SortableHeader, type SortState } from '../components/sortable-header';
import { BulkActions } from '../components/bulk-actions';
import { useApi, useCanWrite } from '../session/session';
import { ErrorAlert, Loading, PageHeader, TimeAgo, PageNavigation } from '../components/ui';

const PER_PAGE = 25;
const TEXT_FILTERS = [
  { key: 'q', label: 'Search', placeholder: 'name, serial, model, maker, OS, software' },
  { key: 'ip', label: 'IP address', placeholder: '192.0.2.10 or 192.0.2' },
  { key: 'ipRange', label: 'IP range', placeholder: '10.0.0.0/24 or a-b' },
  { key: 'mac', label: 'MAC address', placeholder: '00:1A:2B:3C:4D:5E' },
  { key: 'serial', label: 'Serial', placeholder: 'exact serial' },
  { key: 'manufacturer', label: 'Manufacturer', placeholder: 'HP' },
  { key: 'os', label: 'OS', placeholder: 'Windows 11' },
  { key: 'software', label: 'Software', placeholder: 'Firefox' },
] as const;
const FILTER_KEYS = [...TEXT_FILTERS.map(({ key }) => key), 'type', 'status', 'source', 'staleDays', 'sort', 'order'];

/** The table's columns: the operator chooses which are shown (kept in this browser). */
const COLUMNS = [
  { key: 'type', label: 'Type', sort: 'type' },
  { key: 'status', label: 'Status', sort: 'status' },
  { key: 'os', label: 'OS', sort: 'os' },
  { key: 'sources', label: 'Sources' },
  { key: 'ip', label: 'IP', sort: 'primaryIp' },
  { key: 'mac', label: 'MAC' },
  { key: 'serial', label: 'Serial', sort: 'serial' },
  { key: 'lastInventory', label: 'Last inventory', sort: 'lastInventoryAt' },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];
const COLUMNS_KEY = 'inventory-console.equipment-columns';
const DEFAULT_COLUMNS: ColumnKey[] = ['type', 'status', 'sources', 'ip', 'mac', 'serial', 'lastInventory'];

function storedColumns(): ColumnKey[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null');
    return Array.isArray(parsed) ? COLUMNS.map(({ key }) => key).filter((key) => parsed.includes(key)) : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/** The equipment table; its filters live in the address (?type=Printer&q=…) so a view can be shared or linked. */
export function EquipmentListPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]));
  const sort: SortState = { field: params.get('sort') ?? undefined, order: (params.get('order') as SortState['order']) ?? undefined };
  const [columns, setColumns] = useState<ColumnKey[]>(storedColumns);
  const shown = (key: ColumnKey) => columns.includes(key);
  const [saved, setSaved] = useState<SavedFilter[]>(savedFilters);
  const api = useApi();
  const canWrite = useCanWrite();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) {
      next.add(id);
    }
    setSelected(next);
  };
  const list = useQuery<Page<EquipmentSummary>>('/equipment', { query: { ...filters, limit: PER_PAGE, offset: (page - 1) * PER_PAGE } });
  // What another console (or a scan, an import) changes shows without a reload: at most one re-read every 2 s.
  const reload = useThrottled(list.reload, 2000);
  useLiveEvents(['equipment.created', 'equipment.updated', 'equipment.merged', 'equipment.split', 'equipment.deleted'], reload);
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
  const exportCsv = async () => {
    try {
      saveBlob(await api.download('/equipment', 'text/csv', filters), 'equipment.csv');
    } catch (failure) {
      toast.failed('Not exported', failure);
    }
  };
  const chooseColumns = (keys: string[]) => {
    const next = COLUMNS.map(({ key }) => key).filter((key) => keys.includes(key));
    setColumns(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  };
  const saveCurrent = () => {
    const name = window.prompt('Name this view (its filters and sort)');
    if (name?.trim()) {
      const query = new URLSearchParams([...params].filter(([key]) => FILTER_KEYS.includes(key))).toString();
      setSaved(saveFilter({ name: name.trim(), query }));
    }
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update(Object.fromEntries(TEXT_FILTERS.map(({ key }) => [key, draft[key]?.trim() || null])));
  };

  return (
    <>
      <PageHeader title="Equipment">
        <Select
          aria-label="Saved views"
          placeholder="Saved views"
          w={180}
          data={saved.map((item) => item.name)}
          value={null}
          onChange={(name) => {
            const view = saved.find((item) => item.name === name);
            if (view) {
              setParams(new URLSearchParams(view.query));
            }
          }}
          nothingFoundMessage="None saved yet"
        />
        <Button variant="default" size="sm" onClick={saveCurrent}>
          Save this view
        </Button>
        {saved.length > 0 ? (
          <Menu>
            <Menu.Target>
              <Button variant="subtle" size="sm">
                Forget a view
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {saved.map((item) => (
                <Menu.Item key={item.name} onClick={() => setSaved(forgetFilter(item.name))}>
                  {item.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
        <MultiSelect aria-label="Columns shown" placeholder="Columns" w={220} data={COLUMNS.map(({ key, label }) => ({ value: key, label }))} value={columns} onChange={chooseColumns} />
        <Button variant="light" size="sm" onClick={() => void exportCsv()}>
          Export CSV
        </Button>
      </PageHeader>
      <form onSubmit={search} role="search" aria-label="Filter equipment">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          {TEXT_FILTERS.map(({ key, label, placeholder }) => (
            <TextInput key={key} label={label} placeholder={placeholder} w={key === 'q' ? 260 : 160} value={draft[key] ?? ''} onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })} error={plainMessages(list.error?.fieldMessage(`query.${key}`))} />
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
          <BulkActions
            ids={[...selected]}
            onDone={(message) => {
              if (message) {
                toast.done(message);
              }
              setSelected(new Set());
              list.reload();
            }}
          />
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={4} aria-label="Equipment">
              <Table.Thead>
                <Table.Tr>
                  {canWrite ? (
                    <Table.Th w={36}>
                      <Checkbox
                        aria-label="Select every row of this page"
                        checked={list.data.items.length > 0 && list.data.items.every((item) => selected.has(item.id))}
                        onChange={(event) => setSelected(event.currentTarget.checked ? new Set(list.data?.items.map((item) => item.id)) : new Set())}
                      />
                    </Table.Th>
                  ) : null}
                  <SortableHeader field="name" sort={{ field: sort.field ?? 'name', order: sort.order }} onSort={(next) => update({ sort: next.field ?? null, order: next.order ?? null })}>
                    Name
                  </SortableHeader>
                  {COLUMNS.filter(({ key }) => shown(key)).map((column) =>
                    'sort' in column ? (
                      <SortableHeader key={column.key} field={column.sort} sort={sort} onSort={(next) => update({ sort: next.field ?? null, order: next.order ?? null })}>
                        {column.label}
                      </SortableHeader>
                    ) : (
                      <Table.Th key={column.key}>{column.label}</Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    {canWrite ? (
                      <Table.Td>
                        <Checkbox aria-label={`Select ${item.name}`} checked={selected.has(item.id)} onChange={() => toggle(item.id)} />
                      </Table.Td>
                    ) : null}
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
                    {shown('type') ? <Table.Td>{item.type}</Table.Td> : null}
                    {shown('status') ? (
                      <Table.Td>
                        <Badge variant="light" color={item.status === 'Active' ? 'green' : item.status === 'Ignored' ? 'yellow' : 'gray'}>
                          {item.status}
                        </Badge>
                      </Table.Td>
                    ) : null}
                    {shown('os') ? <Table.Td>{item.osName ?? '—'}</Table.Td> : null}
                    {shown('sources') ? <Table.Td>{[...new Set(item.sources.map((source) => source.source))].join(', ')}</Table.Td> : null}
                    {shown('ip') ? <Table.Td>{item.primaryIp ?? '—'}</Table.Td> : null}
                    {shown('mac') ? (
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {item.macAddresses.slice(0, 2).join(', ') || '—'}
                          {item.macAddresses.length > 2 ? ` +${item.macAddresses.length - 2}` : ''}
                        </Text>
                      </Table.Td>
                    ) : null}
                    {shown('serial') ? <Table.Td>{item.serial ?? '—'}</Table.Td> : null}
                    {shown('lastInventory') ? (
                      <Table.Td>
                        <TimeAgo iso={item.lastInventoryAt} />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.items.length === 0 ? <EmptyResult filtered={[...params.keys()].some((key) => key !== 'page')} onClear={() => setParams(new URLSearchParams())} /> : null}
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
