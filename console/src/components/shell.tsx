import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/session';

const SECTIONS = [
  { href: '/', label: 'Dashboard' },
  { href: '/connections', label: 'Connections' },
  { href: '/scans', label: 'Scan runs' },
  { href: '/equipment', label: 'Equipment' },
  { href: '/pending', label: 'Pending' },
  { href: '/agents', label: 'Agents' },
] as const;

function isCurrent(location: string, href: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** The frame of every signed-in page: header, navigation, content. */
export function Shell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const [location] = useLocation();
  const { session, signOut } = useSession();
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h4">
              Inventory console
            </Title>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {session?.name}
            </Text>
            <Badge variant="light" color={session?.scope === 'admin' ? 'indigo' : 'gray'}>
              {session?.scope}
            </Badge>
            <Button variant="subtle" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Sections">
        {SECTIONS.map((section) => (
          <NavLink
            key={section.href}
            component={Link}
            href={section.href}
            label={section.label}
            active={isCurrent(location, section.href)}
            aria-current={isCurrent(location, section.href) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
