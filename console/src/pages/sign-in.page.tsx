import { Anchor, Button, Center, Code, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../session/session';

/** Signing in is giving an API token (npm run token -- create); it is checked against the server. */
export function SignInPage() {
  const { signIn } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(token);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.problem.detail : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={440} radius="md">
        <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
          <Stack>
            <Title order={1} size="h3" id="sign-in-title">
              Inventory console
            </Title>
            <Text size="sm" c="dimmed">
              Sign in with an API token. Create one on the server with <Code>npm run token -- create --name you --scope admin</Code> (a <Code>read</Code> token can look but not change).
            </Text>
            <PasswordInput label="API token" required autoFocus autoComplete="current-password" value={token} onChange={(event) => setToken(event.currentTarget.value)} error={error} />
            <Button type="submit" loading={busy} disabled={token.trim() === ''}>
              Sign in
            </Button>
            <Text size="xs" c="dimmed">
              The API itself is documented at <Anchor href="/api/v1/openapi.json">/api/v1/openapi.json</Anchor>.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
