import { Button, FileButton } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';

export type RegisteredKey = OutputOf<'hq.keys.register'>;

// A public key file is a few kilobytes; anything far larger is another file picked by mistake.
const MAX_KEY_FILE_BYTES = 100_000;

/** Picks an office's public key file (.json, exported in its 办事处设置) and registers it. */
export function RegisterKeyButton({ onRegistered }: { onRegistered: (key: RegisteredKey) => void }) {
  const resetRef = useRef<() => void>(null);
  const [busy, setBusy] = useState(false);

  const register = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > MAX_KEY_FILE_BYTES) throw new Error(`“${file.name}”不是公钥文件（文件过大）。`);
      const key = await api('hq.keys.register', { text: await file.text() });
      const who = `${key.office.name}（${key.office.code}）`;
      notifyOk(
        key.added
          ? `已登记${who}的公钥，指纹：${key.fingerprint}`
          : `${who}的这个公钥早已登记，指纹：${key.fingerprint}`,
      );
      onRegistered(key);
    } catch (err) {
      notifyError(err, '未能登记公钥');
    } finally {
      setBusy(false);
      resetRef.current?.();
    }
  };

  return (
    <FileButton onChange={(f) => void register(f)} accept="application/json,.json" resetRef={resetRef}>
      {(props) => (
        <Button {...props} loading={busy} leftSection={<IconKey size={16} />}>
          登记办事处公钥
        </Button>
      )}
    </FileButton>
  );
}
