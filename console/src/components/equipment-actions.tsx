import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, type EquipmentDetail, type EquipmentStatus, type EquipmentType } from '../api/types';
import { useApi, useCanWrite } from '../session/session';
import { ErrorAlert } from './ui';

/**
 * What an administrator can correct on one equipment: its name, type and status (kept over
 * later inventories), retiring it, deleting it (forgotten, or rejected so that it does not come
 * back) and merging a duplicate into it. Each change is confirmed; retire and edit are undone
 * by the same dialog.
 */
export function EquipmentActions({ item, onChanged }: { item: EquipmentDetail; onChanged: (message: string) => void }) {
  const canWrite = useCanWrite();
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'merge' | null>(null);
  const api = useApi();
  const [error, setError] = useState<unknown>();
  if (!canWrite) {
    return null;
  }
  const setStatus = async (status: EquipmentStatus) => {
    try {
      await api.request(`/equipment/${item.id}`, { method: 'PATCH', json: { status } });
      onChanged(status === 'Retired' ? `${item.name} is retired: it stays in the history and can be made active again.` : `${item.name} is ${status.toLowerCase()} again.`);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setDialog('edit')}>
        Edit
      </Button>
      {item.status === 'Retired' ? (
        <Button variant="default" size="xs" onClick={() => void setStatus('Active')}>
          Make active
        </Button>
      ) : (
        <Button variant="default" size="xs" onClick={() => void setStatus('Retired')}>
          Retire
        </Button>
      )}
      <Button variant="default" size="xs" onClick={() => setDialog('merge')}>
        Merge a duplicate
      </Button>
      <Button variant="light" color="red" size="xs" onClick={() => setDialog('delete')}>
        Delete
      </Button>
      {error ? <ErrorAlert error={error} /> : null}
      {dialog === 'edit' ? <EditDialog item={item} onClose={() => setDialog(null)} onSaved={onChanged} /> : null}
      {dialog === 'delete' ? <DeleteDialog item={item} onClose={() => setDialog(null)} /> : null}
      {dialog === 'merge' ? <MergeDialog item={item} onClose={() => setDialog(null)} onMerged={onChanged} /> : null}
    </>
  );
}

function EditDialog({ item, onClose, onSaved }: { item: EquipmentDetail; onClose: () => void; onSaved: (message: string) => void }) {
  const api = useApi();
  const [name, setName] = useState(item.name);
  const [type, setType] = useState<EquipmentType>(item.type);
  const [status, setStatus] = useState<EquipmentStatus>(item.status);
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const patch = { ...(name !== item.name ? { name } : {}), ...(type !== item.type ? { type } : {}), ...(status !== item.status ? { status } : {}) };
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      await api.request(`/equipment/${item.id}`, { method: 'PATCH', json: patch });
      onClose();
      onSaved(`${name} saved. A name or type set here is kept over later inventories.`);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : undefined);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Edit ${item.name}`}>
      <Stack>
        <TextInput label="Name" value={name} onChange={(event) => setName(event.currentTarget.value)} error={error?.fieldMessage('name') ? `The name ${error.fieldMessage('name')}` : undefined} data-autofocus />
        <Select label="Type" data={[...EQUIPMENT_TYPES]} value={type} onChange={(value) => value && setType(value as EquipmentType)} allowDeselect={false} />
        <Select label="Status" data={[...EQUIPMENT_STATUSES]} value={status} onChange={(value) => value && setStatus(value as EquipmentStatus)} allowDeselect={false} />
        {error && !error.fieldMessage('name') ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeleteDialog({ item, onClose }: { item: EquipmentDetail; onClose: () => void }) {
  const api = useApi();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'forget' | 'reject'>('forget');
  const [error, setError] = useState<unknown>();
  const remove = async () => {
    try {
      await api.request(`/equipment/${item.id}`, { method: 'DELETE', query: { mode } });
      navigate(`/equipment?deleted=${encodeURIComponent(item.name)}`);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Delete ${item.name}?`}>
      <Stack>
        <Text size="sm">Its components and history are deleted. This cannot be undone.</Text>
        <Radio.Group label="If the machine reports again" value={mode} onChange={(value) => setMode(value === 'reject' ? 'reject' : 'forget')}>
          <Stack gap="xs" mt="xs">
            <Radio value="forget" label="Forget it: a later inventory creates it again" />
            <Radio value="reject" label="Reject it: later inventories with its serial, UUID or MACs are refused (undo under Rejected identities)" />
          </Stack>
        </Radio.Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={() => void remove()}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface MergePreview {
  [key: string]: unknown;
}

/** Merge another equipment (a duplicate) into this one: the API's dry run first, then the merge. */
function MergeDialog({ item, onClose, onMerged }: { item: EquipmentDetail; onClose: () => void; onMerged: (message: string) => void }) {
  const api = useApi();
  const [from, setFrom] = useState('');
  const [preview, setPreview] = useState<MergePreview>();
  const [error, setError] = useState<unknown>();
  const [contradicted, setContradicted] = useState(false);
  const call = async (dryRun: boolean) => {
    setError(undefined);
    try {
      const answer = await api.request<MergePreview>(`/equipment/${item.id}/merge`, { method: 'POST', json: { from: [from.trim()], dryRun, ...(contradicted ? { acceptContradictions: true } : {}) } });
      if (dryRun) {
        setPreview(answer);
      } else {
        onClose();
        onMerged(`Merged into ${item.name}. The merge can be undone from the Identities tab (split).`);
      }
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        setContradicted(true);
      }
      setError(failure);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Merge a duplicate into ${item.name}`} size="lg">
      <Stack>
        <TextInput
          label="Equipment to merge into this one"
          description="Its id, from its page's address (/equipment/<id>)"
          value={from}
          onChange={(event) => {
            setFrom(event.currentTarget.value);
            setPreview(undefined);
            setContradicted(false);
          }}
          data-autofocus
        />
        <ErrorAlert error={error} />
        {contradicted ? (
          <Alert color="yellow" title="These look like two machines">
            A serial number, system UUID or engine ID tells them apart. Merge anyway only if you know they are one machine.
          </Alert>
        ) : null}
        {preview ? (
          <Alert color="blue" title="What the merge would do">
            <Text size="sm" component="pre" style={{ whiteSpace: 'pre-wrap' }}>
              {JSON.stringify(preview, null, 2).slice(0, 4000)}
            </Text>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="default" onClick={() => void call(true)} disabled={!from.trim()}>
            Show what it would do
          </Button>
          <Button onClick={() => void call(false)} disabled={!preview}>
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
