import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import type { Connection, ConnectionTestResult, ScanRun } from '../api/types';
import { useQuery } from '../api/use-query';
import { CommonFields, NetworkFields, OcsFields } from '../components/connection-fields';
import { ErrorSummary, plainMessages } from '../components/form-feedback';
import { ImportStatusCard } from '../components/import-status';
import { TestConnectionPanel } from '../components/test-connection';
import { toast } from '../components/toasts';
import { ErrorAlert, Loading, PageHeader } from '../components/ui';
import { useApi, useCanWrite } from '../session/session';
import { bodyOf, emptyForm, formOf, type ConnectionForm } from './connection-form.model';

type Mode = { kind: 'create'; type: 'network' | 'ocs' } | { kind: 'edit'; id: string };

/** Create or edit a connection: Save and Apply Settings, Test Connection, Scan now. */
export function ConnectionFormPage({ mode }: { mode: Mode }) {
  const stored = useQuery<Connection>(mode.kind === 'edit' ? `/connections/${mode.id}` : null);
  if (mode.kind === 'edit') {
    if (stored.error) {
      return <ErrorAlert error={stored.error} />;
    }
    if (!stored.data) {
      return <Loading />;
    }
    return <ConnectionEditor key={stored.data.updatedAt} connection={stored.data} initial={formOf(stored.data)} onSaved={stored.reload} />;
  }
  return <ConnectionEditor initial={emptyForm(mode.type)} />;
}

function ConnectionEditor({ connection, initial, onSaved }: { connection?: Connection; initial: ConnectionForm; onSaved?: () => void }) {
  const api = useApi();
  const canWrite = useCanWrite();
  const [, navigate] = useLocation();
  const [form, setForm] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  useEffect(() => setForm(initial), [initial]);
  const change = (patch: Partial<ConnectionForm>) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setDirty(true);
    setSaved(false);
  };
  // Fields typed into since the failed save: their old message no longer holds, so it goes as the user fixes it.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const error = (field: string) => {
    return plainMessages(failure instanceof ApiError && !touched.has(field) ? failure.fieldMessage(field) : undefined);
  };
  const failed = (caught: unknown) => {
    setTouched(new Set());
    setFailure(caught);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    try {
      if (connection) {
        const updated = await api.request<Connection>(`/connections/${connection.id}`, { method: 'PATCH', json: bodyOf(form, 'edit') });
        setDirty(false);
        setSaved(true);
        toast.done(`${updated.name}: settings saved and applied.`, 'Connection saved');
        onSaved?.();
      } else {
        const created = await api.request<Connection>('/connections', { method: 'POST', json: bodyOf(form, 'create') });
        toast.done(`${created.name} is saved${created.type === 'network' ? ': Scan now runs it at once' : ': its folder is watched from now on'}.`, 'Connection saved');
        navigate(`/connections/${created.id}`);
      }
    } catch (caught) {
      failed(caught);
    } finally {
      setSaving(false);
    }
  };

  const scanNow = async () => {
    if (!connection) {
      return;
    }
    try {
      const run = await api.request<ScanRun>(`/connections/${connection.id}/scans`, { method: 'POST' });
      toast.done(`${run.counts.targets} addresses of ${connection.name} are being scanned.`, 'Scan started');
      navigate(`/scans/${run.id}`);
    } catch (caught) {
      toast.failed('The scan did not start', caught);
    }
  };

  const remove = async () => {
    if (connection && window.confirm(`Delete the connection "${connection.name}"? Its equipment stays.`)) {
      try {
        await api.request(`/connections/${connection.id}`, { method: 'DELETE' });
        toast.done(`${connection.name} was deleted; its equipment stays.`);
        navigate('/connections');
      } catch (caught) {
        setFailure(caught);
      }
    }
  };

  // The test runs on what the form says, saved or not: the stored connection with the form's changes, or the new one's settings.
  // A new connection can be tested before it has a name or targets: the test needs neither.
  const runTest = async (target: string | undefined) => {
    const result = connection
      ? await api.request<ConnectionTestResult>(`/connections/${connection.id}/test`, { method: 'POST', json: { target, ...(dirty ? { settings: bodyOf(form, 'edit') } : {}) } })
      : await api.request<ConnectionTestResult>('/connections/test', { method: 'POST', json: { target, settings: testable(bodyOf(form, 'create'), target) } });
    // The settings passed validation: earlier field errors no longer hold.
    setFailure(undefined);
    return result;
  };
  const title = connection ? connection.name : form.type === 'network' ? 'New network connection' : 'New OCS connection';
  const unmatched = failure instanceof ApiError ? failure.problem.errors ?? [] : [];

  return (
    <>
      <PageHeader title={title}>
        {connection && connection.type === 'network' && canWrite ? (
          <Button variant="light" onClick={() => void scanNow()}>
            Scan now
          </Button>
        ) : null}
        {connection && canWrite ? (
          <Button variant="subtle" color="red" onClick={() => void remove()}>
            Delete
          </Button>
        ) : null}
      </PageHeader>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form
            onSubmit={(event) => void save(event)}
            onInput={(event) => {
              const field = (event.target as HTMLElement).dataset.field;
              if (field && !touched.has(field)) {
                setTouched(new Set([...touched, field]));
              }
            }}
            noValidate
            aria-label="Connection settings"
          >
            <Stack gap="md">
              {failure instanceof ApiError && failure.status === 400 ? (
                <ErrorSummary title={failure.problem.title} detail={failure.problem.detail} problems={unmatched} />
              ) : (
                <ErrorAlert error={failure} title="Not saved" />
              )}
              <CommonFields form={form} change={change} error={error} />
              {form.type === 'network' ? <NetworkFields form={form} change={change} error={error} /> : <OcsFields form={form} change={change} error={error} />}
              <Group>
                <Button type="submit" loading={saving} disabled={!canWrite}>
                  Save and Apply Settings
                </Button>
                {saved ? (
                  <Text size="sm" c="green.9">
                    Saved and applied.
                  </Text>
                ) : null}
                {!canWrite ? (
                  <Text size="sm" c="dimmed">
                    Your token has scope read.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <TestConnectionPanel type={form.type} run={runTest} onInvalidSettings={failed} disabledReason={!canWrite ? 'Needs an admin token.' : undefined} />
            {connection?.type === 'ocs' ? <ImportStatusCard connectionId={connection.id} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** Settings a test accepts although the form is not finished: a placeholder name, the tested target as the range. */
function testable(body: Record<string, unknown>, target: string | undefined): Record<string, unknown> {
  const name = typeof body.name === 'string' && body.name.trim() ? body.name : 'Connection test';
  const targets = Array.isArray(body.targets) && body.targets.length === 0 && target ? [target] : body.targets;
  return { ...body, name, ...(targets === undefined ? {} : { targets }) };
}
