import { Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, type EquipmentDetail, type EquipmentStatus, type EquipmentType } from '../api/types';
import { useApi, useCanWrite } from '../session/session';
import { MergeDialog } from './merge-dialog';
import { toast } from './toasts';
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
  if (!canWrite) {
    return null;
  }
  const setStatus = async (status: EquipmentStatus) => {
    try {
      await api.request(`/equipment/${item.id}`, { method: 'PATCH', json: { status } });
      onChanged(status === 'Retired' ? `${item.name} is retired: it stays in the history and can be made active again.` : `${item.name} is ${status.toLowerCase()} again.`);
    } catch (failure) {
      toast.failed(`${item.name} was not changed`, failure);
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
      toast.done(mode === 'reject' ? `${item.name} was deleted; inventories with its identities are refused from now on.` : `${item.name} was deleted.`);
      navigate('/equipment');
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
