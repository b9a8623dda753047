import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { BundleDropzone } from './BundleDropzone';
import { ImportTable } from './ImportTable';
import { ProgressLine } from './ProgressLine';
import { TrustFingerprintModal } from './TrustFingerprintModal';
import { type ImportRow, useBundleImport } from './use-bundle-import';

/** 导入数据包: pick or drop the offices' bundles, check them, then import the ready ones. */
export function ImportPage() {
  const { rows, progress, busy, addFiles, importReady, importTrusted, clear } = useBundleImport();
  const [trusting, setTrusting] = useState<ImportRow | null>(null);
  const ready = rows.filter((r) => r.state === 'ready' && !r.outcome?.ok).length;
  const anyImported = rows.some((r) => r.outcome?.ok);

  return (
    <Stack maw={1100}>
      <Title order={3}>导入数据包</Title>
      <Text size="sm" c="dimmed">
        每个数据包都经过签名核对后才导入。已导入过的不会重复导入；同一月份的新版本会取代旧版本，旧版本保留为历史。
      </Text>
      <BundleDropzone onFiles={(files) => void addFiles(files)} disabled={busy} />
      {progress && <ProgressLine progress={progress} />}
      {rows.length > 0 && (
        <Paper withBorder p="md">
          <ImportTable rows={rows} busy={busy} onTrust={setTrusting} />
          <Group justify="space-between" mt="md">
            <Button variant="subtle" color="gray" onClick={clear} disabled={busy}>
              清空列表
            </Button>
            <Group>
              {anyImported && (
                <Button component={Link} to="/" variant="default" leftSection={<IconTable size={16} />}>
                  查看汇总
                </Button>
              )}
              <Button onClick={() => void importReady()} disabled={busy || ready === 0}>
                {ready ? `导入 ${ready} 个数据包` : '没有可导入的数据包'}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      <TrustFingerprintModal
        row={trusting}
        onClose={() => setTrusting(null)}
        onConfirm={(row, fingerprint) => {
          setTrusting(null);
          void importTrusted(row, fingerprint);
        }}
      />
    </Stack>
  );
}
