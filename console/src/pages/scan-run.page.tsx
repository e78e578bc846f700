import { Anchor, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Page, ProbeStep, ScanResult, ScanRun } from '../api/types';
import { useConnectionNames } from '../api/use-connection-names';
import { useLiveEvents } from '../api/use-live-events';
import { useQuery } from '../api/use-query';
import { RangeGrid } from '../components/range-grid';
import { formatDuration } from '../components/readable';
import { HOST_OUTCOMES, hostOutcome, isFaultyStep } from '../components/scan-outcome';
import { toast } from '../components/toasts';
import { STEP_REASON_LABELS } from '../components/step-reasons';
import { ErrorAlert, Loading, NotFoundNotice, PageHeader, RunStatusBadge, formatDateTime, isNotFound, usePageTitle, PageNavigation } from '../components/ui';
import { useApi, useCanWrite } from '../session/session';

const RESULTS_PER_PAGE = 50;
/**
 * Results read at once, sorted by address: the range grid draws them and the table pages
 * through them, one read for both (a run with more hosts reads a further page of the table alone).
 */
const RESULTS_READ = 500;
/** A slow re-read behind the live events, in case the stream is cut by a proxy. */
const POLL_MS = 10_000;

/** One run: live counts and time left while it runs (pushed by the server), then each host's result by address. */
export function ScanRunPage({ id }: { id: string }) {
  const api = useApi();
  const canWrite = useCanWrite();
  const names = useConnectionNames();
  const [page, setPage] = useState(1);
  const run = useQuery<ScanRun>(`/scans/${id}`, { pollMs: POLL_MS });
  const running = run.data?.status === 'running';
  usePageTitle(run.data ? `Scan of ${names.get(run.data.connectionId) ?? 'a connection'}` : 'Scan run');
  const results = useQuery<Page<ScanResult>>(`/scans/${id}/results`, { query: { sort: 'address', limit: RESULTS_READ }, pollMs: running ? POLL_MS : 0 });
  const beyondRead = page * RESULTS_PER_PAGE > RESULTS_READ;
  const further = useQuery<Page<ScanResult>>(beyondRead ? `/scans/${id}/results` : null, { query: { sort: 'address', limit: RESULTS_PER_PAGE, offset: (page - 1) * RESULTS_PER_PAGE } });
  // Pushed by the server as the run progresses: the counts and results are re-read when they change, not every second.
  const lastResults = useRef(0);
  useLiveEvents(['scan.progress', 'scan.completed'], (_type, data) => {
    if (data.runId !== id) {
      return;
    }
    run.reload();
    if (Date.now() - lastResults.current > 1000) {
      lastResults.current = Date.now();
      results.reload();
    }
  });

  // One last read of the results once the run has finished (the poll stops with it).
  const [finishedSeen, setFinishedSeen] = useState(false);
  if (run.data && !running && !finishedSeen) {
    setFinishedSeen(true);
    results.reload();
  }
  const shownResults = beyondRead ? further : results;
  const pageItems = beyondRead ? (further.data?.items ?? []) : (results.data?.items ?? []).slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);

  const cancel = async () => {
    try {
      await api.request(`/scans/${id}`, { method: 'DELETE' });
      toast.done('Cancelling the scan: hosts being probed finish, no new one starts.');
      run.reload();
    } catch (caught) {
      toast.failed('The scan was not cancelled', caught);
    }
  };

  if (run.error) {
    return isNotFound(run.error) ? <NotFoundNotice what="Scan run" back="/scans" backLabel="Back to the scan runs" /> : <ErrorAlert error={run.error} />;
  }
  if (!run.data) {
    return <Loading />;
  }
  const { counts, progress } = run.data;
  return (
    <>
      <PageHeader
        title={
          <>
            Scan of{' '}
            <Anchor component={Link} href={`/connections/${run.data.connectionId}`} inherit>
              {names.get(run.data.connectionId) ?? 'a connection'}
            </Anchor>
          </>
        }
      >
        <RunStatusBadge status={run.data.status} />
        {running && canWrite ? (
          <Button color="red" variant="light" onClick={() => void cancel()}>
            Cancel scan
          </Button>
        ) : null}
      </PageHeader>
      <Card withBorder mb="md" component="section" aria-label="Progress">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm">
              Started {formatDateTime(run.data.startedAt)} ({run.data.triggeredBy}){run.data.finishedAt ? `, finished ${formatDateTime(run.data.finishedAt)}` : ''}
            </Text>
            <Text size="sm" data-testid="time-left">
              {running ? `Time left: ${progress.estimatedRemainingSeconds === null ? 'estimating…' : formatDuration(progress.estimatedRemainingSeconds)}` : ''}
            </Text>
          </Group>
          <Progress value={progress.percent} size="lg" animated={running} aria-label={`Scan progress ${Math.round(progress.percent)}%`} />
          <Text size="sm" role="status" aria-live="polite" data-testid="scan-status">
            {Math.round(progress.percent)}% — {counts.processed} of {counts.targets} addresses processed; status {run.data.status}
          </Text>
          <SimpleGrid cols={{ base: 3, md: 7 }}>
            <Count label="Alive" value={counts.alive} />
            <Count label="SNMP" value={counts.snmp} />
            <Count label="Capture agent" value={counts.captureAgent} />
            <Count label="Skipped (ignored)" value={counts.skipped} />
            <Count label="Unreachable" value={counts.unreachable} />
            <Count label="Errors" value={counts.errors} />
            <Count label="Targets" value={counts.targets} />
          </SimpleGrid>
          {run.data.error ? <ErrorAlert error={new Error(run.data.error)} title="The run failed" /> : null}
          {run.data.notes.map((note) => (
            <Text key={note} size="sm" c="dimmed">
              {note}
            </Text>
          ))}
        </Stack>
      </Card>
      {results.data && results.data.items.length > 0 ? (
        <Card withBorder mb="md">
          <RangeGrid results={results.data.items} total={results.data.total} />
        </Card>
      ) : null}
      <Title order={3} size="h4" mb="xs">
        Results per host
      </Title>
      <ErrorAlert error={shownResults.error} />
      {results.data && results.data.items.length === 0 ? <Text c="dimmed">No host answered yet.</Text> : null}
      {results.data && results.data.items.length > 0 ? (
        <>
          <Table striped aria-label="Results per host">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Address</Table.Th>
                <Table.Th>Device</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>RTT</Table.Th>
                <Table.Th>Steps</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pageItems.map((result) => (
                <ResultRow key={result.id} result={result} />
              ))}
            </Table.Tbody>
          </Table>
          {results.data.total > RESULTS_PER_PAGE ? <PageNavigation mt="sm" total={Math.ceil(results.data.total / RESULTS_PER_PAGE)} value={page} onChange={setPage} aria-label="Result pages" /> : null}
        </>
      ) : null}
    </>
  );
}

/** One host: its address, the device's name (linked to the equipment), what it answered and each step. */
function ResultRow({ result }: { result: ScanResult }) {
  const outcome = HOST_OUTCOMES.find((item) => item.key === hostOutcome(result));
  return (
    <Table.Tr data-outcome={outcome?.key}>
      <Table.Td ff="monospace">{result.address}</Table.Td>
      <Table.Td>
        {result.equipmentId ? (
          <Anchor component={Link} href={`/equipment/${result.equipmentId}`}>
            {result.equipmentName ?? 'equipment (deleted?)'}
          </Anchor>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={outcome?.badge}>
          {outcome?.label}
        </Badge>
      </Table.Td>
      <Table.Td>{result.rttMs === null ? '—' : `${result.rttMs} ms`}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {result.steps.map((step) => (
            <Badge key={step.name} size="sm" variant="light" color={stepColor(step)} title={step.reason ? `${STEP_REASON_LABELS[step.reason]}: ${step.detail}` : step.detail}>
              {stepText(step)}
            </Badge>
          ))}
        </Group>
        {result.error && outcome?.key === 'failed' ? (
          <Text size="xs" c="red.9">
            {result.error}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function stepColor(step: ProbeStep): string {
  if (step.status === 'ok') {
    return 'green';
  }
  return isFaultyStep(step) ? 'red' : 'gray';
}

/** A step that found nothing there reads "no SNMP", "no capture-agent"; others give their time. */
function stepText(step: ProbeStep): string {
  if (step.status === 'failed' && !isFaultyStep(step) && step.name !== 'ping') {
    return `no ${step.name === 'snmp' ? 'SNMP' : step.name}`;
  }
  return `${step.name} ${step.durationMs} ms`;
}
