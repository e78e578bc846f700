import { Badge, Button, Card, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { ConnectionTestResult, FolderTestResult, NetworkTestResult, ProbeStep } from '../api/types';
import { STEP_REASON_LABELS } from './step-reasons';
import { toast } from './toasts';
import { ErrorAlert } from './ui';

const STEP_COLORS: Record<ProbeStep['status'], string> = { ok: 'green', failed: 'red', skipped: 'gray' };
const STEP_LABELS: Record<ProbeStep['name'], string> = { ping: 'Ping', snmp: 'SNMP', 'capture-agent': 'Capture agent' };

interface Props {
  type: 'network' | 'ocs';
  /** Runs the test; the caller decides which settings are tested. */
  run(target: string | undefined): Promise<ConnectionTestResult>;
  /** The settings on the form are invalid: the form shows the API's field errors. */
  onInvalidSettings(error: ApiError): void;
  disabledReason?: string;
}

/** The "Test Connection" button: one host through ping, SNMP and the capture agent (or the OCS folder), step by step. */
export function TestConnectionPanel({ type, run, onInvalidSettings, disabledReason }: Props) {
  const [target, setTarget] = useState('');
  const [result, setResult] = useState<ConnectionTestResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [targetError, setTargetError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setTargetError(undefined);
    setResult(undefined);
    try {
      setResult(await run(type === 'network' ? target.trim() : undefined));
    } catch (failure) {
      if (failure instanceof ApiError && failure.fieldMessage('target')) {
        setTargetError(failure.fieldMessage('target'));
        toast.failed('Test Connection failed', new Error(`Target host: ${failure.fieldMessage('target') ?? ''}`));
      } else if (failure instanceof ApiError && failure.status === 400 && failure.problem.errors?.length) {
        onInvalidSettings(failure);
        const invalid = new Error('Some settings on the form are invalid (marked in red): fix them, then test again.');
        setError(invalid);
        toast.failed('Test Connection failed', invalid);
      } else {
        setError(failure);
        toast.failed('Test Connection failed', failure);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="test-title">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={3} size="h4" id="test-title">
            Test Connection
          </Title>
          {type === 'network' ? (
            <TextInput label="Target host" description="An address or host name within reach of this server" value={target} onChange={(event) => setTarget(event.currentTarget.value)} error={targetError} required />
          ) : (
            <Text size="sm">Checks that the folder exists and can be read and written, and counts the files waiting.</Text>
          )}
          <Text size="xs" c="dimmed">
            Tests the settings on the form, saved or not.
          </Text>
          <Group>
            <Button type="submit" loading={busy} disabled={Boolean(disabledReason)}>
              Test Connection
            </Button>
            {disabledReason ? (
              <Text size="sm" c="dimmed">
                {disabledReason}
              </Text>
            ) : null}
          </Group>
          <div aria-live="polite">
            <ErrorAlert error={error} title="The test could not run" />
            {result && 'steps' in result ? <NetworkResult result={result} /> : null}
            {result && 'path' in result ? <FolderResult result={result} /> : null}
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function NetworkResult({ result }: { result: NetworkTestResult }) {
  return (
    <Stack gap="xs" data-testid="test-result">
      <Text size="sm">
        {result.target}
        {result.address && result.address !== result.target ? ` (${result.address})` : ''}: {result.reachable ? 'reachable' : 'not reachable'}
        {result.method ? `, inventoried by ${result.method}` : ''}
      </Text>
      <Table withTableBorder striped aria-label="Test steps">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Step</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.steps.map((step) => (
            <Table.Tr key={step.name} data-step={step.name} data-status={step.status}>
              <Table.Td>{STEP_LABELS[step.name]}</Table.Td>
              <Table.Td>
                <Badge color={STEP_COLORS[step.status]} variant="filled" miw={76}>
                  {step.status}
                </Badge>
                {step.reason ? (
                  <Text size="xs" c="dimmed" data-reason={step.reason}>
                    {STEP_REASON_LABELS[step.reason]}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{step.durationMs} ms</Table.Td>
              <Table.Td>{step.detail}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result.equipmentPreview ? (
        <Text size="sm">
          Would be inventoried as <strong>{result.equipmentPreview.name}</strong> ({result.equipmentPreview.type}
          {result.equipmentPreview.manufacturer ? `, ${result.equipmentPreview.manufacturer}` : ''}
          {result.equipmentPreview.model ? ` ${result.equipmentPreview.model}` : ''}
          {result.equipmentPreview.serial ? `, serial ${result.equipmentPreview.serial}` : ''}).
        </Text>
      ) : null}
    </Stack>
  );
}

function FolderResult({ result }: { result: FolderTestResult }) {
  const flag = (ok: boolean, label: string) => (
    <Badge color={ok ? 'green' : 'red'} variant="filled">
      {label}: {ok ? 'yes' : 'no'}
    </Badge>
  );
  return (
    <Stack gap="xs" data-testid="test-result">
      <Group gap="xs">
        {flag(result.exists, 'exists')}
        {flag(result.readable, 'readable')}
        {flag(result.writable, 'writable')}
      </Group>
      <List size="sm">
        <List.Item>{result.path}</List.Item>
        {result.waitingFiles === null ? null : <List.Item>{result.waitingFiles} file(s) waiting</List.Item>}
        <List.Item>{result.detail}</List.Item>
      </List>
    </Stack>
  );
}
