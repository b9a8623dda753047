import { Modal, Stack, Text } from '@mantine/core';
import { ModalActions } from '../../app/ModalActions';
import { Fingerprint } from '../head-office';

/**
 * Trust on first import: head office's key is registered only after its fingerprint, read out by
 * head office on the phone, was found the same group by group.
 */
export function ReferenceTrustModal({
  fingerprint,
  onClose,
  onConfirm,
}: {
  fingerprint: string | null;
  onClose: () => void;
  onConfirm: (fingerprint: string) => void;
}) {
  return (
    <Modal opened={fingerprint !== null} onClose={onClose} title="确认销售部的公钥指纹" size="lg">
      {fingerprint && (
        <Stack>
          <Text>本办事处还没有登记销售部的公钥。这个参考数据包的签名公钥指纹是:</Text>
          <Fingerprint value={fingerprint} large />
          <Text size="sm">
            请打电话给销售部,请对方在 RegionDesk
            中打开“下发参考数据”,把“销售部签名公钥指纹”逐组念出来,与上面的指纹逐组核对。
          </Text>
          <Text size="sm" c="red">
            完全一致才能导入;只要有一处不同,请不要导入,并与销售部联系——数据包可能不是销售部发出的。确认后,以后只接收用这个公钥签名的参考数据包。
          </Text>
          <ModalActions
            onCancel={onClose}
            confirm="确认一致并导入"
            onConfirm={() => onConfirm(fingerprint)}
          />
        </Stack>
      )}
    </Modal>
  );
}
