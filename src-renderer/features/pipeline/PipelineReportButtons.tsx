import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { PrintPreviewModal } from '../documents';

/** 打印漏斗报告: the region's pipeline report by stage, owner and expected month, on screen or as Word. */
export function PipelineReportButtons() {
  const [model, setModel] = useState<DocModel | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      notifyError(err, '未能生成漏斗报告');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            loading={busy}
            leftSection={<IconPrinter size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            打印漏斗报告
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void run(async () => setModel(await api('pipeline.report', {})))}>
            打印预览
          </Menu.Item>
          <Menu.Item onClick={() => void run(async () => deliverFile(await api('pipeline.reportDocx', {})))}>
            下载 Word 文档
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {model && (
        <PrintPreviewModal
          opened
          model={model}
          title="销售漏斗报告 打印预览"
          onClose={() => setModel(null)}
        />
      )}
    </>
  );
}
