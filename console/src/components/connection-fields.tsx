import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { AUTH_PROTOCOLS, emptyCredential, IGNORE_UNITS, PRIV_PROTOCOLS, type ConnectionForm, type CredentialForm } from '../pages/connection-form.model';

export type FieldError = (field: string) => string | undefined;

interface FieldsProps {
  form: ConnectionForm;
  change(patch: Partial<ConnectionForm>): void;
  error: FieldError;
}

const secretHint = (set: boolean) => (set ? 'Stored — leave empty to keep it' : undefined);
const numberOf = (value: string | number, fallback: number) => (typeof value === 'number' ? value : Number.parseInt(value, 10) || fallback);

/** Name, enabled and the ignore rule: the fields both connection types share. */
export function CommonFields({ form, change, error }: FieldsProps) {
  return (
    <Fieldset legend="General">
      <Stack gap="sm">
        <TextInput label="Name" required value={form.name} onChange={(event) => change({ name: event.currentTarget.value })} error={error('name')} data-field="name" />
        <Switch label="Enabled" checked={form.enabled} onChange={(event) => change({ enabled: event.currentTarget.checked })} />
        <Group align="flex-end" gap="sm">
          <Checkbox label="Ignore inventoried equipment for" checked={form.ignoreEnabled} onChange={(event) => change({ ignoreEnabled: event.currentTarget.checked })} mb={8} />
          <NumberInput aria-label="Ignore period" w={100} min={1} disabled={!form.ignoreEnabled} value={form.ignorePeriod} onChange={(value) => change({ ignorePeriod: numberOf(value, 7) })} error={error('ignore.period')} data-field="ignore.period" />
          <Select aria-label="Ignore unit" w={130} disabled={!form.ignoreEnabled} data={IGNORE_UNITS} value={form.ignoreUnit} onChange={(value) => change({ ignoreUnit: value ?? 'days' })} allowDeselect={false} />
        </Group>
      </Stack>
    </Fieldset>
  );
}

export function OcsFields({ form, change, error }: FieldsProps) {
  return (
    <Fieldset legend="OCS Inventory folder">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label="Folder (absolute path)" required value={form.ocsPath} onChange={(event) => change({ ocsPath: event.currentTarget.value })} error={error('ocs.path') ?? error('ocs')} data-field="ocs.path" />
        <Select
          label="After import"
          data={[
            { value: 'archive', label: 'Move to archive/' },
            { value: 'delete', label: 'Delete the file' },
            { value: 'keep', label: 'Keep it in place' },
          ]}
          value={form.ocsAfterImport}
          onChange={(value) => change({ ocsAfterImport: (value ?? 'archive') as ConnectionForm['ocsAfterImport'] })}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

export function NetworkFields({ form, change, error }: FieldsProps) {
  return (
    <>
      <Fieldset legend="Targets and schedule">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea
            label="Targets"
            description="One a line: address, CIDR block (10.0.0.0/24), range (10.0.0.1-10.0.0.50) or host name"
            required
            autosize
            minRows={3}
            value={form.targets}
            onChange={(event) => change({ targets: event.currentTarget.value })}
            error={error('targets')} data-field="targets"
          />
          <Textarea label="Exclude" description="Addresses or ranges never scanned" autosize minRows={3} value={form.exclude} onChange={(event) => change({ exclude: event.currentTarget.value })} error={error('exclude')} data-field="exclude" />
          <TextInput label="Schedule (cron)" description='e.g. "0 2 * * *"; empty: only on demand' value={form.schedule} onChange={(event) => change({ schedule: event.currentTarget.value })} error={error('schedule')} data-field="schedule" />
          <NumberInput label="Hosts probed at once" min={1} max={1024} value={form.concurrency} onChange={(value) => change({ concurrency: numberOf(value, 64) })} error={error('concurrency')} data-field="concurrency" />
        </SimpleGrid>
        <Checkbox mt="sm" label="Allow more than 65,536 addresses" checked={form.allowLargeRanges} onChange={(event) => change({ allowLargeRanges: event.currentTarget.checked })} />
      </Fieldset>
      <Fieldset legend="Ping">
        <Group grow align="flex-start">
          <NumberInput label="Timeout (ms)" min={50} value={form.pingTimeoutMs} onChange={(value) => change({ pingTimeoutMs: numberOf(value, 1000) })} error={error('ping.timeoutMs')} data-field="ping.timeoutMs" />
          <NumberInput label="Echo requests" min={1} max={10} value={form.pingCount} onChange={(value) => change({ pingCount: numberOf(value, 1) })} error={error('ping.count')} data-field="ping.count" />
        </Group>
        <Checkbox mt="sm" label="Only probe hosts that answer ping" checked={form.pingRequired} onChange={(event) => change({ pingRequired: event.currentTarget.checked })} />
      </Fieldset>
      <SnmpFields form={form} change={change} error={error} />
      <Fieldset legend="Capture agent (TCP)">
        <Switch label="Ask the capture agent when SNMP does not answer" checked={form.agentEnabled} onChange={(event) => change({ agentEnabled: event.currentTarget.checked })} mb="sm" />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NumberInput label="Port" min={1} max={65535} value={form.agentPort} onChange={(value) => change({ agentPort: numberOf(value, 7103) })} error={error('captureAgent.port')} data-field="captureAgent.port" />
          <PasswordInput label="Token" description={secretHint(form.agentTokenSet)} value={form.agentToken} onChange={(event) => change({ agentToken: event.currentTarget.value })} error={error('captureAgent.token')} data-field="captureAgent.token" />
        </SimpleGrid>
        <Checkbox mt="sm" label="TLS" checked={form.agentTls} onChange={(event) => change({ agentTls: event.currentTarget.checked })} />
        {form.agentTls ? (
          <Textarea mt="sm" label="CA certificate (PEM)" autosize minRows={2} value={form.agentCaCertificate} onChange={(event) => change({ agentCaCertificate: event.currentTarget.value })} error={error('captureAgent.caCertificate')} data-field="captureAgent.caCertificate" />
        ) : null}
      </Fieldset>
    </>
  );
}

function SnmpFields({ form, change, error }: FieldsProps) {
  const setCredential = (index: number, patch: Partial<CredentialForm>) => change({ credentials: form.credentials.map((credential, at) => (at === index ? { ...credential, ...patch } : credential)) });
  return (
    <Fieldset legend="SNMP">
      <Switch label="Query SNMP" checked={form.snmpEnabled} onChange={(event) => change({ snmpEnabled: event.currentTarget.checked })} mb="sm" />
      <Group grow align="flex-start">
        <NumberInput label="Port" min={1} max={65535} value={form.snmpPort} onChange={(value) => change({ snmpPort: numberOf(value, 161) })} error={error('snmp.port')} data-field="snmp.port" />
        <NumberInput label="Timeout (ms)" min={100} value={form.snmpTimeoutMs} onChange={(value) => change({ snmpTimeoutMs: numberOf(value, 2000) })} error={error('snmp.timeoutMs')} data-field="snmp.timeoutMs" />
        <NumberInput label="Retries" min={0} max={5} value={form.snmpRetries} onChange={(value) => change({ snmpRetries: numberOf(value, 1) })} error={error('snmp.retries')} data-field="snmp.retries" />
      </Group>
      <Stack gap="xs" mt="md">
        {form.credentials.map((credential, index) => (
          <CredentialFields key={index} index={index} credential={credential} change={(patch) => setCredential(index, patch)} error={(field) => error(`snmp.credentials.${index}.${field}`)} remove={form.credentials.length > 1 ? () => change({ credentials: form.credentials.filter((_, at) => at !== index) }) : undefined} />
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => change({ credentials: [...form.credentials, emptyCredential()] })} disabled={form.credentials.length >= 10}>
            Add a credential
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

function CredentialFields(props: { index: number; credential: CredentialForm; change(patch: Partial<CredentialForm>): void; error: FieldError; remove?: () => void }) {
  const { index, credential, change, error, remove } = props;
  const label = (text: string) => `${text} (credential ${index + 1})`;
  return (
    <Group align="flex-start" gap="sm" wrap="wrap" p="xs" bg="gray.0" style={{ borderRadius: 4 }}>
      <Select label={label('Version')} w={150} data={['1', '2c', '3']} value={credential.version} onChange={(value) => change({ version: (value ?? '2c') as CredentialForm['version'] })} allowDeselect={false} />
      {credential.version === '3' ? (
        <>
          <TextInput label={label('User')} w={140} value={credential.username} onChange={(event) => change({ username: event.currentTarget.value })} error={error('username')} data-field={`snmp.credentials.${index}.username`} />
          <Select label="Security level" w={150} data={['noAuthNoPriv', 'authNoPriv', 'authPriv']} value={credential.level} onChange={(value) => change({ level: (value ?? 'authPriv') as CredentialForm['level'] })} allowDeselect={false} />
          {credential.level !== 'noAuthNoPriv' ? (
            <>
              <Select label="Auth protocol" w={120} data={AUTH_PROTOCOLS} value={credential.authProtocol} onChange={(value) => change({ authProtocol: value ?? 'sha256' })} error={error('authProtocol')} data-field={`snmp.credentials.${index}.authProtocol`} />
              <PasswordInput label="Auth key" w={170} description={secretHint(credential.authKeySet)} value={credential.authKey} onChange={(event) => change({ authKey: event.currentTarget.value })} error={error('authKey')} data-field={`snmp.credentials.${index}.authKey`} />
            </>
          ) : null}
          {credential.level === 'authPriv' ? (
            <>
              <Select label="Privacy protocol" w={200} data={PRIV_PROTOCOLS} value={credential.privProtocol} onChange={(value) => change({ privProtocol: value ?? 'aes' })} error={error('privProtocol')} data-field={`snmp.credentials.${index}.privProtocol`} />
              <PasswordInput label="Privacy key" w={170} description={secretHint(credential.privKeySet)} value={credential.privKey} onChange={(event) => change({ privKey: event.currentTarget.value })} error={error('privKey')} data-field={`snmp.credentials.${index}.privKey`} />
            </>
          ) : null}
        </>
      ) : (
        <PasswordInput label={label('Community')} w={220} description={secretHint(credential.communitySet)} value={credential.community} onChange={(event) => change({ community: event.currentTarget.value })} error={error('community')} data-field={`snmp.credentials.${index}.community`} />
      )}
      {remove ? (
        <ActionIcon variant="subtle" color="red" mt={26} onClick={remove} aria-label={`Remove credential ${index + 1}`}>
          ×
        </ActionIcon>
      ) : null}
    </Group>
  );
}
