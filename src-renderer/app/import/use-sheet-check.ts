import { useState } from 'react';
import { uploadFile } from '../../api/client';
import { notifyError } from '../../api/notify';

/** Field -> the sheet's column header. */
export type SheetMapping = Record<string, string>;

/**
 * The upload and check of an import sheet: a chosen file is staged and read, and each change of
 * the column mapping reads it again. `read` asks the API for the preview; nothing is stored.
 */
export function useSheetCheck<P extends { mapping: SheetMapping | null }>(
  read: (uploadId: string, mapping?: SheetMapping) => Promise<P>,
) {
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [mapping, setMapping] = useState<SheetMapping>({});
  const [busy, setBusy] = useState(false);

  const check = async (id: string, m?: SheetMapping) => {
    setBusy(true);
    try {
      const p = await read(id, m && Object.keys(m).length ? m : undefined);
      setPreview(p);
      setMapping(p.mapping ?? m ?? {});
    } catch (err) {
      notifyError(err, '文件未能读取');
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setPreview(null);
    setMapping({});
    setBusy(true);
    try {
      const staged = await uploadFile(file);
      setUploadId(staged.uploadId);
      await check(staged.uploadId);
    } catch (err) {
      notifyError(err, '文件未能上传');
    } finally {
      setBusy(false);
    }
  };

  const remap = (field: string, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    setMapping(next);
    if (uploadId) void check(uploadId, next);
  };

  return { uploadId, preview, setPreview, mapping, busy, setBusy, check, choose, remap };
}
