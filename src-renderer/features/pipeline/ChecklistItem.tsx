import { Anchor, Button, Checkbox, FileButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ChecklistState, OpportunityDetail } from '../../../src-shared/contract';
import { api, deliverFile, errorMessage, uploadFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatInstant } from '../../app/format';

/** The evidence files the office accepts (checked again by content at the API). */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

interface Props {
  opportunityId: number;
  item: ChecklistState;
  readOnly: boolean;
  /** Focus the number field or upload button: the gate dialog sent the person here. */
  autoFocus: boolean;
  onChanged: (detail: OpportunityDetail) => void;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * One SOP item: a tick, and the proof it asks for — a document number (报价单号, 合同编号…) typed
 * in, or a file uploaded and kept with the opportunity. The API's refusal shows under the item.
 */
export function ChecklistItem({ opportunityId, item, readOnly, autoFocus, onChanged }: Props) {
  const evidenceName = item.evidenceLabel || (item.evidence === 'file' ? '附件' : '单号');
  const [number, setNumber] = useState(item.evidenceNumber ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const numberField = useRef<HTMLInputElement>(null);
  const uploadButton = useRef<HTMLButtonElement>(null);
  // Also when the drawer is already open and the gate dialog sends the person here.
  useEffect(() => {
    if (autoFocus) (numberField.current ?? uploadButton.current)?.focus();
  }, [autoFocus]);

  const check = async (done: boolean, extra: { evidenceNumber?: string; attachmentId?: number } = {}) => {
    setBusy(true);
    try {
      onChanged(
        await api('pipeline.check', { id: opportunityId, stage: item.stage, item: item.key, done, ...extra }),
      );
      setProblem(null);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const tick = (done: boolean) => {
    if (!done) return void check(false);
    if (item.evidence === 'number') {
      if (!number.trim()) return setProblem(`请先填写${evidenceName}再勾选`);
      return void check(true, { evidenceNumber: number.trim() });
    }
    if (item.evidence === 'file') {
      if (!item.attachment) return setProblem(`请先上传${evidenceName}`);
      return void check(true, { attachmentId: item.attachment.id });
    }
    void check(true);
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const { uploadId } = await uploadFile(file);
      const attachment = await api('pipeline.attach', { id: opportunityId, uploadId });
      onChanged(
        await api('pipeline.check', {
          id: opportunityId,
          stage: item.stage,
          item: item.key,
          done: true,
          attachmentId: attachment.id,
        }),
      );
      setProblem(null);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const download = async (attachmentId: number) => {
    try {
      await deliverFile(await api('pipeline.attachment', { attachmentId }));
    } catch (err) {
      notifyError(err, '未能下载附件');
    }
  };

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Checkbox
          label={item.label}
          checked={item.done}
          disabled={readOnly || busy}
          onChange={(e) => tick(e.currentTarget.checked)}
        />
        {item.done && item.doneByName && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {item.doneByName} {formatInstant(item.doneAt)}
          </Text>
        )}
      </Group>
      {item.evidence === 'number' && (
        <TextInput
          ref={numberField}
          ml="xl"
          size="xs"
          maw={320}
          label={evidenceName}
          placeholder={`填写${evidenceName}后按 Enter`}
          value={number}
          readOnly={readOnly}
          data-autofocus={autoFocus || undefined}
          onChange={(e) => setNumber(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              tick(true);
            }
          }}
        />
      )}
      {item.evidence === 'file' && (
        <Group ml="xl" gap="xs">
          {item.attachment && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => void download(item.attachment!.id)}
              aria-label={`下载${evidenceName} ${item.attachment.fileName}`}
            >
              <Group gap={4} wrap="nowrap">
                <IconDownload size={14} />
                {item.attachment.fileName}({sizeText(item.attachment.bytes)})
              </Group>
            </Anchor>
          )}
          {!readOnly && (
            <FileButton onChange={(f) => void upload(f)} accept={ACCEPT}>
              {(props) => (
                <Button
                  {...props}
                  ref={uploadButton}
                  size="xs"
                  variant="light"
                  loading={busy}
                  leftSection={<IconUpload size={14} />}
                  data-autofocus={autoFocus || undefined}
                >
                  {item.attachment ? `重新上传${evidenceName}` : `上传${evidenceName}`}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
      )}
      {problem && (
        <Text ml="xl" size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
