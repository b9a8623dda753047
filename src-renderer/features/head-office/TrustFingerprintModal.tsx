import { Modal, Stack, Text } from '@mantine/core';
import { Fingerprint } from './badges';
import type { ImportRow } from './use-bundle-import';
import { ModalActions } from '../../app/ModalActions';

interface Props {
  row: ImportRow | null;
  onClose: () => void;
  onConfirm: (row: ImportRow, fingerprint: string) => void;
}

/**
 * Trust on first import: the bundle of an office not registered yet is imported only after its
 * key's fingerprint was read out by the office on the phone and found the same.
 */
export function TrustFingerprintModal({ row, onClose, onConfirm }: Props) {
  const office = row?.office;
  const fingerprint = row?.fingerprint;
  return (
    <Modal opened={row !== null} onClose={onClose} title="确认新办事处的公钥指纹" size="lg">
      {row && office && fingerprint ? (
        <Stack>
          <Text>
            {office.name}（代码 {office.code}
            {office.region ? `，${office.region}区域` : ''}）还没有在销售部登记。这个数据包的签名公钥指纹是：
          </Text>
          <Fingerprint value={fingerprint} large />
          <Text size="sm">
            请打电话给该办事处，请对方在 RegionDesk
            中打开“办事处设置”，把“数据包签名密钥”下显示的指纹逐组念出来，与上面的指纹逐组核对。
          </Text>
          <Text size="sm" c="red">
            完全一致才能导入；只要有一处不同，请不要导入，并与办事处联系——数据包可能不是该办事处发出的。
          </Text>
          <ModalActions
            onCancel={onClose}
            confirm="确认一致并导入"
            onConfirm={() => onConfirm(row, fingerprint)}
          />
        </Stack>
      ) : (
        <Text>这个数据包没有写明签名公钥，无法确认，请办事处重新导出。</Text>
      )}
    </Modal>
  );
}
