import { Alert, Button, FileButton, Modal, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { Fingerprint } from './badges';
import { ModalActions } from '../../app/ModalActions';

export type RegisteredKey = OutputOf<'hq.keys.register'>;
type SeenKey = OutputOf<'hq.keys.inspect'> & { text: string };

// A public key file is a few kilobytes; anything far larger is another file picked by mistake.
const MAX_KEY_FILE_BYTES = 100_000;

/**
 * Picks an office's public key file (.json, exported in its 办事处设置), shows the key's
 * fingerprint, and registers it once the user has compared it with the office by phone: a key
 * file arrives by mail like a bundle, so it is trusted only as far as that check goes.
 */
export function RegisterKeyButton({ onRegistered }: { onRegistered: (key: RegisteredKey) => void }) {
  const resetRef = useRef<() => void>(null);
  const [busy, setBusy] = useState(false);
  const [seen, setSeen] = useState<SeenKey | null>(null);

  const pick = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > MAX_KEY_FILE_BYTES) throw new Error(`“${file.name}”不是公钥文件（文件过大）。`);
      const text = await file.text();
      setSeen({ ...(await api('hq.keys.inspect', { text })), text });
    } catch (err) {
      notifyError(err, '未能读取公钥文件');
    } finally {
      setBusy(false);
      resetRef.current?.();
    }
  };

  const register = async (key: SeenKey) => {
    setBusy(true);
    try {
      const done = await api('hq.keys.register', { text: key.text, confirmFingerprint: key.fingerprint });
      const who = `${done.office.name}（${done.office.code}）`;
      notifyOk(done.added ? `已登记${who}的公钥。` : `${who}的这个公钥早已登记。`);
      setSeen(null);
      onRegistered(done);
    } catch (err) {
      notifyError(err, '未能登记公钥');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FileButton onChange={(f) => void pick(f)} accept="application/json,.json" resetRef={resetRef}>
        {(props) => (
          <Button {...props} loading={busy && !seen} leftSection={<IconKey size={16} />}>
            登记办事处公钥
          </Button>
        )}
      </FileButton>
      <Modal opened={seen !== null} onClose={() => setSeen(null)} title="核对办事处公钥指纹" size="lg">
        {seen && (
          <Stack>
            <Text>
              {seen.office.name}（代码 {seen.office.code}）的公钥文件，指纹是：
            </Text>
            <Fingerprint value={seen.fingerprint} large />
            {seen.state === 'registered' && <Alert color="gray">这个公钥早已登记，无需再次登记。</Alert>}
            {seen.state === 'anotherKey' && (
              <Alert color="orange" title="该办事处已登记过另一个公钥">
                登记后新旧公钥都有效。只有办事处确实更换了密钥（例如重装了电脑）时才登记，并务必电话核对指纹。
              </Alert>
            )}
            <Text size="sm">
              公钥文件和数据包一样经邮件送来，可能被冒充。请打电话给该办事处，请对方在 RegionDesk
              中打开“办事处设置”，把“数据包签名密钥”下的指纹逐组念出来，与上面逐组核对。
            </Text>
            <ModalActions
              onCancel={() => setSeen(null)}
              confirm="确认一致并登记"
              onConfirm={() => void register(seen)}
              loading={busy}
              disabled={seen.state === 'registered'}
            />
          </Stack>
        )}
      </Modal>
    </>
  );
}
