import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import type { ImportResult, InspectedBundle } from '../../../src-shared/contract';
import { api, errorMessage, uploadFile, type UploadedFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';

export type RowOutcome = { ok: true; result: ImportResult } | { ok: false; message: string };

/** One bundle in the import list (a zip, or the parts of a split one) and what importing it did. */
export interface ImportRow extends InspectedBundle {
  key: string;
  outcome: RowOutcome | null;
}

/** A running step: `done` of `total` (null for a step that cannot count, such as checking). */
export interface ImportProgress {
  label: string;
  done: number | null;
  total: number;
}

const toRow = (b: InspectedBundle): ImportRow => ({ ...b, key: b.uploadIds.join(','), outcome: null });
const imported = (r: ImportRow) => r.outcome?.ok === true;

async function runImport(uploadIds: string[], trustFingerprint?: string): Promise<RowOutcome> {
  try {
    const result = await api('hq.import.run', {
      uploadIds,
      ...(trustFingerprint ? { trustFingerprint } : {}),
    });
    return { ok: true, result };
  } catch (err) {
    return { ok: false, message: errorMessage(err) };
  }
}

/**
 * The import screen's work: upload picked files, have the server group and check them, then import
 * the ready ones one by one. Files added later are checked together with the parts still waiting for
 * the rest of their bundle, so a split bundle may arrive in several goes; nothing else is read twice.
 */
export function useBundleImport() {
  const [rows, setRowsState] = useState<ImportRow[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // The latest rows for the steps of a running action (each step awaits the server).
  const rowsRef = useRef(rows);
  const setRows = useCallback((update: (prev: ImportRow[]) => ImportRow[]) => {
    rowsRef.current = update(rowsRef.current);
    setRowsState(rowsRef.current);
  }, []);
  const setOutcome = useCallback(
    (key: string, outcome: RowOutcome) =>
      setRows((prev) => prev.map((r) => (r.key === key ? { ...r, outcome } : r))),
    [setRows],
  );

  const upload = async (files: File[]): Promise<UploadedFile[]> => {
    const done: UploadedFile[] = [];
    for (const [i, file] of files.entries()) {
      setProgress({ label: '正在上传', done: i + 1, total: files.length });
      try {
        done.push(await uploadFile(file));
      } catch (err) {
        notifyError(err, `未能上传 ${file.name}`);
      }
    }
    return done;
  };

  const addFiles = async (files: File[]) => {
    const listed = new Set(rowsRef.current.flatMap((r) => r.fileNames));
    const fresh = files.filter((f) => !listed.has(f.name));
    const skipped = files.filter((f) => listed.has(f.name));
    if (skipped.length)
      notifications.show({
        color: 'yellow',
        title: '已在列表中',
        message: `以下文件已经选过，已跳过：${skipped.map((f) => f.name).join('、')}`,
      });
    if (!fresh.length) return;
    try {
      const uploaded = await upload(fresh);
      if (!uploaded.length) return;
      setProgress({ label: '正在检查数据包', done: null, total: uploaded.length });
      // Only parts still waiting for the rest of their bundle are checked again with the new files.
      const waiting = rowsRef.current.filter((r) => !imported(r) && r.reason === 'bad-parts');
      const newIds = uploaded.map((u) => u.uploadId);
      let inspected: InspectedBundle[];
      try {
        inspected = await api('hq.import.inspect', {
          uploadIds: [...waiting.flatMap((r) => r.uploadIds), ...newIds],
        });
      } catch (err) {
        // Files listed before may have expired: check the new ones alone and keep the rest as shown.
        if (!waiting.length) throw err;
        const added = await api('hq.import.inspect', { uploadIds: newIds });
        setRows((prev) => [...prev, ...added.map(toRow)]);
        return;
      }
      const rechecked = new Set(waiting.map((r) => r.key));
      setRows((prev) => [...prev.filter((r) => !rechecked.has(r.key)), ...inspected.map(toRow)]);
    } catch (err) {
      notifyError(err, '未能检查数据包');
    } finally {
      setProgress(null);
    }
  };

  const importReady = async () => {
    const queue = rowsRef.current.filter((r) => r.state === 'ready' && !imported(r));
    let ok = 0;
    for (const [i, row] of queue.entries()) {
      setProgress({ label: '正在导入', done: i + 1, total: queue.length });
      const outcome = await runImport(row.uploadIds);
      if (outcome.ok) ok += 1;
      setOutcome(row.key, outcome);
    }
    setProgress(null);
    if (ok) notifyOk(`已导入 ${ok} 个数据包。`);
    if (ok < queue.length)
      notifyError(new Error(`${queue.length - ok} 个数据包未能导入，原因见列表。`), '部分数据包未导入');
  };

  /** Imports a new office's bundle after its fingerprint was compared on the phone. */
  const importTrusted = async (row: ImportRow, fingerprint: string) => {
    setProgress({ label: '正在导入', done: 1, total: 1 });
    try {
      const outcome = await runImport(row.uploadIds, fingerprint);
      setOutcome(row.key, outcome);
      if (!outcome.ok) return notifyError(new Error(outcome.message), '未能导入');
      notifyOk(`已登记${row.office?.name ?? '该办事处'}的公钥并导入数据包。`);
      // The office's other bundles in the list are now signed by a known key: check them again.
      const others = rowsRef.current.filter(
        (r) => r.state === 'unknownOffice' && !imported(r) && r.office?.code === row.office?.code,
      );
      if (!others.length) return;
      setProgress({ label: '正在检查数据包', done: null, total: others.length });
      const again = (await api('hq.import.inspect', { uploadIds: others.flatMap((r) => r.uploadIds) })).map(
        toRow,
      );
      const replaced = new Set(others.map((r) => r.key));
      setRows((prev) => {
        const at = prev.findIndex((r) => replaced.has(r.key));
        const rest = prev.filter((r) => !replaced.has(r.key));
        return at < 0 ? rest : [...rest.slice(0, at), ...again, ...rest.slice(at)];
      });
    } catch (err) {
      notifyError(err, '未能检查数据包');
    } finally {
      setProgress(null);
    }
  };

  const clear = () => setRows(() => []);

  return { rows, progress, busy: progress !== null, addFiles, importReady, importTrusted, clear };
}
