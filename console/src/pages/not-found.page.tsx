import { Anchor, Text } from '@mantine/core';
import { Link } from 'wouter';
import { PageHeader } from '../components/ui';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page here. Go to the{' '}
        <Anchor component={Link} href="/">
          dashboard
        </Anchor>
        .
      </Text>
    </>
  );
}
