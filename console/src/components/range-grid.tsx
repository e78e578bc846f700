import { Group, Text, Tooltip } from '@mantine/core';
import type { ScanResult } from '../api/types';
import { HOST_OUTCOMES, hostOutcome, type HostOutcome } from './scan-outcome';

/**
 * The hosts of a run as a grid of cells in address order, coloured by what each answered: a
 * range's shape (a block of printers, a silent subnet) at a glance, live while it runs.
 * Addresses that answered nothing are only counted by the server, so they are not drawn.
 */
export function RangeGrid({ results, total }: { results: readonly ScanResult[]; total: number }) {
  const counts = new Map<HostOutcome, number>();
  for (const result of results) {
    counts.set(hostOutcome(result), (counts.get(hostOutcome(result)) ?? 0) + 1);
  }
  return (
    <section aria-label="Hosts of the range">
      <div role="img" aria-label={`Hosts by outcome: ${HOST_OUTCOMES.map((outcome) => `${counts.get(outcome.key) ?? 0} ${outcome.label}`).join(', ')}`} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, 14px)', gap: 2, marginBottom: 8 }}>
        {results.map((result) => {
          const outcome = HOST_OUTCOMES.find((item) => item.key === hostOutcome(result));
          return (
            <Tooltip key={result.id} label={`${result.address}${result.equipmentName ? ` (${result.equipmentName})` : ''}: ${outcome?.label ?? ''}`} openDelay={150}>
              <div data-outcome={outcome?.key} style={{ width: 14, height: 14, borderRadius: 2, background: outcome?.color }} />
            </Tooltip>
          );
        })}
      </div>
      <Group gap="md">
        {HOST_OUTCOMES.map((outcome) => (
          <Group gap={4} key={outcome.key}>
            <span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: outcome.color }} />
            <Text size="xs">
              {outcome.label} ({counts.get(outcome.key) ?? 0})
            </Text>
          </Group>
        ))}
        {total > results.length ? <Text size="xs">the first {results.length} of {total} hosts shown</Text> : null}
      </Group>
    </section>
  );
}
