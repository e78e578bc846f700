import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { FieldProblem } from '../api/client';

/** The API's field paths in the words of the form's labels. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  targets: 'Targets',
  exclude: 'Exclude',
  schedule: 'Schedule',
  concurrency: 'Hosts probed at once',
  'ocs.path': 'Folder',
  'ocs.afterImport': 'After import',
  'ignore.period': 'Ignore period',
  'ping.timeoutMs': 'Ping timeout',
  'ping.count': 'Echo requests',
  'snmp.port': 'SNMP port',
  'snmp.timeoutMs': 'SNMP timeout',
  'snmp.retries': 'SNMP retries',
  'captureAgent.port': 'Capture agent port',
  'captureAgent.token': 'Capture agent token',
  'captureAgent.caCertificate': 'CA certificate',
};

const CREDENTIAL_FIELDS: Record<string, string> = { community: 'community', username: 'user', authProtocol: 'auth protocol', authKey: 'auth key', privProtocol: 'privacy protocol', privKey: 'privacy key', version: 'version' };

export function fieldLabel(path: string): string {
  const credential = /^snmp\.credentials\.(\d+)\.?(\w*)/.exec(path);
  if (credential) {
    const part = credential[2] ? ` ${CREDENTIAL_FIELDS[credential[2]] ?? credential[2]}` : '';
    return `SNMP credential ${Number(credential[1]) + 1}${part}`;
  }
  // targets.2 → "Targets, line 3": the lists are typed one entry a line.
  const line = /^(targets|exclude)\.(\d+)$/.exec(path);
  if (line) {
    return `${FIELD_LABELS[line[1] as string]}, line ${Number(line[2]) + 1}`;
  }
  return FIELD_LABELS[path] ?? path.replace(/\./g, ' › ');
}

/**
 * A validation message in plain words: the server's messages come from its schema library
 * ("Too small: expected string to have >=1 characters"); the common shapes are said as a
 * person would, the rest shown as they come (they already name the problem).
 */
export function plainMessage(message: string): string {
  const rules: [RegExp, (match: RegExpExecArray) => string][] = [
    [/^Too small: expected string to have >=1 characters?$/, () => 'is required'],
    [/^Too small: expected array to have >=1 items?$/, () => 'needs at least one entry'],
    [/^Too small: expected string to have >=(\d+) characters$/, (m) => `needs at least ${m[1]} characters`],
    [/^Too big: expected string to have <=(\d+) characters$/, (m) => `is too long (at most ${m[1]} characters)`],
    [/^Too big: expected array to have <=(\d+) items$/, (m) => `has too many entries (at most ${m[1]})`],
    [/^Too small: expected number to be >=?(-?[\d.]+)$/, (m) => `must be at least ${m[1]}`],
    [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m) => `must be at most ${m[1]}`],
    [/^Invalid input: expected \w+, received undefined$/, () => 'is required'],
    [/^Invalid input: expected (int|number), received \w+$/, () => 'must be a number'],
    [/^Invalid input: expected (\w+), received \w+$/, (m) => `must be a ${m[1]}`],
    [/^Invalid option: expected one of (.+)$/, (m) => `must be one of ${m[1]?.replace(/\|/g, ', ')}`],
    [/^Unrecognized keys?: (.+)$/, (m) => `has settings this connection type does not take (${m[1]})`],
    [/^Invalid UUID$/, () => 'is not a valid id'],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) {
      return say(match);
    }
  }
  return message;
}

/** Several messages joined by "; " (the API's fieldMessage), each in plain words. */
export function plainMessages(message: string | undefined): string | undefined {
  return message === undefined ? undefined : message.split('; ').map(plainMessage).join('; ');
}

/** The input a field path belongs to (inputs carry data-field), or its fieldset for a whole list. */
function inputOf(field: string): HTMLElement | null {
  let path = field;
  while (path) {
    const found = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`);
    if (found) {
      return found;
    }
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  }
  return null;
}

/**
 * What stopped a save, at the top of the form: it takes the focus and scrolls into view (the
 * Save button is at the bottom), each problem a link that moves to its field.
 */
export function ErrorSummary({ title, detail, problems }: { title: string; detail: string; problems: readonly FieldProblem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    summary.current?.focus({ preventScroll: true });
  }, [title, detail, problems]);
  return (
    <Alert ref={summary} tabIndex={-1} color="red" title={problems.length > 0 ? `Not saved: ${problems.length === 1 ? 'one field needs' : `${problems.length} fields need`} a change` : title} role="alert">
      {problems.length === 0 ? <Text size="sm">{detail}</Text> : null}
      <List size="sm" mt={problems.length > 0 ? 0 : 'xs'}>
        {problems.map((problem) => (
          <List.Item key={`${problem.field}:${problem.message}`}>
            <Anchor
              href={`#${problem.field}`}
              size="sm"
              onClick={(event) => {
                event.preventDefault();
                const input = inputOf(problem.field);
                input?.scrollIntoView({ block: 'center' });
                input?.focus();
              }}
            >
              {fieldLabel(problem.field)}
            </Anchor>{' '}
            {plainMessage(problem.message)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
