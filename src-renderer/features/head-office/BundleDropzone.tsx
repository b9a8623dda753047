import '@mantine/dropzone/styles.css';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFileZip, IconFolderOpen, IconUpload, IconX } from '@tabler/icons-react';
import { useRef } from 'react';

// Some systems name zips application/x-zip-compressed; the extension decides as well.
const ZIP = { 'application/zip': ['.zip'], 'application/x-zip-compressed': ['.zip'] };

function notifyRejected(rejections: FileRejection[]) {
  notifications.show({
    color: 'red',
    title: '只能导入 .zip 数据包',
    message: `已忽略：${rejections.map((r) => r.file.name).join('、')}`,
    autoClose: 8000,
  });
}

/** Where bundles are dropped or picked (several at once); the zone opens the picker on Enter as well. */
export function BundleDropzone({
  onFiles,
  disabled,
  multiple = true,
  label = '选择或拖入数据包',
  title = '把办事处发来的数据包（.zip）拖到这里，或点击这里选择文件',
  hint = '可以一次选多个文件。分成几部分发来的数据包（如 ….part1of3.zip）请把各部分都选上。',
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  /** Whether several files may be picked at once. */
  multiple?: boolean;
  label?: string;
  title?: string;
  hint?: string;
}) {
  const openRef = useRef<() => void>(null);
  return (
    <Stack gap="xs">
      <Dropzone
        openRef={openRef}
        onDrop={onFiles}
        onReject={notifyRejected}
        accept={ZIP}
        multiple={multiple}
        disabled={disabled}
        role="button"
        aria-label={label}
      >
        <Group justify="center" gap="lg" mih={110} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={40} stroke={1.5} />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={40} stroke={1.5} />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileZip size={40} stroke={1.5} />
          </Dropzone.Idle>
          <div>
            <Text size="lg">{title}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {hint}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFolderOpen size={16} />}
          onClick={() => openRef.current?.()}
          disabled={disabled}
        >
          选择文件
        </Button>
      </Group>
    </Stack>
  );
}
