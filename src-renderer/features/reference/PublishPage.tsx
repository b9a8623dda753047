import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import {
  REFERENCE_BUNDLE_MODE_LABELS,
  REFERENCE_BUNDLE_MODES,
} from '../../../src-shared/contract/reference-bundles';
import { api, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { formatInstant } from '../../app/format';
import { Fingerprint, useApi } from '../head-office';
import { CountsLine } from './reference-counts';

type Mode = (typeof REFERENCE_BUNDLE_MODES)[number];
type Published = OutputOf<'refBundles.publish'>;

const MODE_HELP: Record<Mode, string> = {
  incremental: '只含上次发布以来的变更,文件小,办事处须已导入之前的每个参考数据包。',
  full: '含全部参考数据,办事处导入后完全重建;新办事处或缺了某次更新的办事处用这个。',
};

/**
 * 下发参考数据: head office's signing key (read out to offices on the phone), how far the data has
 * changed since the last bundle, and publishing a signed bundle (incremental or full) to download.
 */
export function PublishPage() {
  const { data: key } = useApi('refBundles.key', {});
  const { data: state, reload } = useApi('refBundles.publishState', {});
  const [mode, setMode] = useState<Mode>('incremental');
  const [published, setPublished] = useState<Published | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = state ? state.seq - state.publishedSeq : 0;
  const nothingNew = state !== null && mode === 'incremental' && pending === 0;

  const download = async (file: Published) => {
    try {
      await deliverFile(file);
    } catch (err) {
      notifyError(err, '未能下载');
    }
  };

  const publish = async () => {
    setBusy(true);
    try {
      const done = await api('refBundles.publish', { mode });
      setPublished(done);
      reload();
      notifyOk(`已发布${REFERENCE_BUNDLE_MODE_LABELS[done.mode]}参考数据包(至第 ${done.toSeq} 号变更)。`);
      await download(done);
    } catch (err) {
      notifyError(err, '未能发布');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={1000}>
      <Title order={3}>下发参考数据</Title>
      <Text size="sm" c="dimmed">
        产品、规定价、经销商和发货明细打包签名后发给各办事处,办事处经理在“导入总部参考数据”中导入。
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="ref-key">
        <Title order={4} id="ref-key" mb="xs">
          销售部签名公钥指纹
        </Title>
        {key && (
          <Group align="flex-start" gap="xl">
            <Fingerprint value={key.fingerprint} large />
            <Stack gap={6} maw={420}>
              <Text size="sm">
                办事处第一次导入参考数据包时,会显示数据包的签名指纹并要求与销售部电话核对。请把左边的指纹逐组念给办事处经理。
              </Text>
              <Text size="sm" c="dimmed">
                密钥生成于 {formatInstant(key.createdAt)}。
              </Text>
            </Stack>
          </Group>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="ref-publish">
        <Title order={4} id="ref-publish" mb="xs">
          发布参考数据包
        </Title>
        {state && (
          <Stack gap="sm">
            <Text size="sm" role="status" aria-label="发布状态">
              当前变更序号 {state.seq};上次发布至第 {state.publishedSeq} 号
              {state.publishedSeq === 0 ? '(尚未发布过)' : ''}。
              {pending > 0
                ? `此后有新的变更(第 ${state.publishedSeq + 1}–${state.seq} 号)。`
                : '此后没有新的变更。'}
            </Text>
            <SegmentedControl
              aria-label="发布方式"
              w="fit-content"
              data={REFERENCE_BUNDLE_MODES.map((m) => ({ value: m, label: REFERENCE_BUNDLE_MODE_LABELS[m] }))}
              value={mode}
              onChange={(m) => setMode(m as Mode)}
            />
            <Text size="sm" c="dimmed">
              {MODE_HELP[mode]}
            </Text>
            <Group>
              <Button
                leftSection={<IconSend size={16} />}
                onClick={() => void publish()}
                loading={busy}
                disabled={nothingNew}
              >
                发布{REFERENCE_BUNDLE_MODE_LABELS[mode]}参考数据包
              </Button>
              {nothingNew && (
                <Text size="sm" c="dimmed">
                  没有新的变更可发布;办事处需要重建时请选“全量”。
                </Text>
              )}
            </Group>
          </Stack>
        )}
      </Paper>
      {published && (
        <Alert color="green" role="status" title={`已发布:${published.fileName}`}>
          <Stack gap={6}>
            <Text size="sm">
              {REFERENCE_BUNDLE_MODE_LABELS[published.mode]},变更序号 {published.fromSeq}→{published.toSeq},
              {Math.max(1, Math.ceil(published.bytes / 1024))} KB。请把文件发给各办事处经理。
            </Text>
            <CountsLine counts={published.counts} />
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconDownload size={16} />}
                onClick={() => void download(published)}
              >
                下载参考数据包
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
