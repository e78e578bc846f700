import { Group, Text, Tooltip } from '@mantine/core';
import type { ScanResult } from '../api/types';

/** A host's outcome, as a colour the legend names (each at least 3:1 against white). */
const OUTCOMES = [
  { key: 'snmp', label: 'SNMP', color: '#2b8a3e' },
  { key: 'capture-agent', label: 'capture agent', color: '#364fc7' },
  { key: 'alive', label: 'answers ping only', color: '#868e96' },
  { key: 'failed', label: 'error', color: '#c92a2a' },
  { key: 'silent', label: 'no answer', color: '#dee2e6' },
] as const;
type Outcome = (typeof OUTCOMES)[number]['key'];

function outcomeOf(result: ScanResult): Outcome {
  if (result.method === 'snmp' || result.method === 'capture-agent') {
    return result.method;
  }
  if (result.error) {
    return 'failed';
  }
  return result.alive ? 'alive' : 'silent';
}

/**
 * The hosts of a run as a grid of cells in address order, coloured by what each answered: a
 * range's shape (a block of printers, a silent subnet) at a glance, live while it runs.
 * Addresses that answered nothing are only counted by the server, so they are not drawn.
 */
export function RangeGrid({ results, total }: { results: readonly ScanResult[]; total: number }) {
  const counts = new Map<Outcome, number>();
  for (const result of results) {
    counts.set(outcomeOf(result), (counts.get(outcomeOf(result)) ?? 0) + 1);
  }
  return (
    <section aria-label="Hosts of the range">
      <div role="img" aria-label={`Hosts by outcome: ${OUTCOMES.map((outcome) => `${counts.get(outcome.key) ?? 0} ${outcome.label}`).join(', ')}`} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, 14px)', gap: 2, marginBottom: 8 }}>
        {results.map((result) => {
          const outcome = OUTCOMES.find((item) => item.key === outcomeOf(result));
          return (
            <Tooltip key={result.id} label={`${result.address}: ${outcome?.label ?? ''}`} openDelay={150}>
              <div style={{ width: 14, height: 14, borderRadius: 2, background: outcome?.color }} />
            </Tooltip>
          );
        })}
      </div>
      <Group gap="md">
        {OUTCOMES.map((outcome) => (
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
