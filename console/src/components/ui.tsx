import { Alert, Badge, Group, Loader, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { ScanStatus } from '../api/types';

/** A page title with its actions on the right. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
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

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatSeconds(seconds: number | null): string {
  if (seconds === null) {
    return 'estimating…';
  }
  if (seconds < 60) {
    return `${Math.round(seconds)} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) {
    return '—';
  }
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}
