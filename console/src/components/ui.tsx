import { Alert, Anchor, Badge, Group, Loader, Pagination, Text, Title, type PaginationProps } from '@mantine/core';
import { Link } from 'wouter';
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { ScanStatus } from '../api/types';
import { relativeTime } from './readable';

/** The browser tab says which page it is: "Equipment · Inventory console". */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Inventory console` : 'Inventory console';
  }, [title]);
}

/** A page title with its actions on the right; a text title also names the browser tab. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  usePageTitle(typeof title === 'string' ? title : undefined);
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Title order={2}>{title}</Title>
      {children ? <Group gap="sm">{children}</Group> : null}
    </Group>
  );
}

/** An API failure as the server described it (problem+json title and detail). */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) {
    return null;
  }
  const message = error instanceof ApiError ? error.problem.detail : error instanceof Error ? error.message : String(error);
  const heading = title ?? (error instanceof ApiError ? error.problem.title : 'Error');
  return (
    <Alert color="red" title={heading} role="alert" mb="md">
      {message}
    </Alert>
  );
}

export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <Group gap="xs" role="status" aria-live="polite">
      <Loader size="sm" />
      <span>{label}…</span>
    </Group>
  );
}

const RUN_COLORS: Record<ScanStatus, string> = { running: 'blue', completed: 'green', cancelled: 'gray', failed: 'red', interrupted: 'orange' };

export function RunStatusBadge({ status }: { status: ScanStatus }) {
  return (
    <Badge color={RUN_COLORS[status]} variant="light">
      {status}
    </Badge>
  );
}

/** "3 hours ago", the date and time on hover (and to screen readers as the element's datetime). */
export function TimeAgo({ iso }: { iso: string | null | undefined }) {
  if (!iso) {
    return <>—</>;
  }
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {relativeTime(iso)}
    </time>
  );
}

/** Whether a failed read means "there is no such thing": a 404, or an id that cannot exist (400 on the path). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || (error.status === 400 && (error.problem.errors ?? []).some((problem) => problem.field.startsWith('path.'))));
}

/** The page for an id that names nothing: plain words, a way back. */
export function NotFoundNotice({ what, back, backLabel }: { what: string; back: string; backLabel: string }) {
  usePageTitle(`${what} not found`);
  return (
    <>
      <Title order={2} mb="md">
        {what} not found
      </Title>
      <Text>
        There is no such {what.toLowerCase()}: it may have been deleted or merged into another.{' '}
        <Anchor component={Link} href={back}>
          {backLabel}
        </Anchor>
      </Text>
    </>
  );
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const CONTROL_LABELS: Record<string, string> = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' };

/** Mantine's Pagination with every button named ("Page 3", "Next page"): its arrows have no text of their own. */
export function PageNavigation(props: PaginationProps) {
  return <Pagination getItemProps={(page) => ({ 'aria-label': `Page ${page}` })} getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] ?? control })} {...props} />;
}
