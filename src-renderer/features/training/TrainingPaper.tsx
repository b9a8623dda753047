import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { PrintPreviewModal } from '../documents';

const PAPERS = [
  {
    name: '培训通知',
    hint: '发给参训人员:时间、地点、讲师和要求',
    doc: 'training.noticeDoc',
    docx: 'training.noticeDocx',
  },
  {
    name: '培训签到表',
    hint: '参训人员姓名已印好,当场签名、填写签到和签退时间',
    doc: 'training.signInDoc',
    docx: 'training.signInDocx',
  },
  {
    name: '培训成绩表',
    hint: '录入后的出勤和成绩、平均分和及格人数',
    doc: 'training.scoreSheetDoc',
    docx: 'training.scoreSheetDocx',
  },
] as const;

type PaperName = (typeof PAPERS)[number]['name'];

/** 培训文书: each paper of the session as a print preview and as a Word document. */
export function TrainingPaper({ sessionId }: { sessionId: number }) {
  const [preview, setPreview] = useState<{ name: PaperName; model: DocModel } | null>(null);

  const show = async (p: (typeof PAPERS)[number]) => {
    try {
      setPreview({ name: p.name, model: await api(p.doc, { sessionId }) });
    } catch (err) {
      notifyError(err, '打印预览未能打开');
    }
  };
  const download = async (p: (typeof PAPERS)[number]) => {
    try {
      await deliverFile(await api(p.docx, { sessionId }));
    } catch (err) {
      notifyError(err, `${p.name}未能生成`);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="training-paper">
      <Title order={4} id="training-paper" mb="sm">
        培训文书
      </Title>
      <Table aria-label="培训文书">
        <Table.Tbody>
          {PAPERS.map((p) => (
            <Table.Tr key={p.name}>
              <Table.Td w={120} fw={500}>
                {p.name}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {p.hint}
                </Text>
              </Table.Td>
              <Table.Td w={250}>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPrinter size={14} />}
                    aria-label={`打印预览${p.name}`}
                    onClick={() => void show(p)}
                  >
                    打印预览
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconDownload size={14} />}
                    aria-label={`下载${p.name}Word`}
                    onClick={() => void download(p)}
                  >
                    下载Word
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview && (
        <PrintPreviewModal
          opened
          onClose={() => setPreview(null)}
          model={preview.model}
          title={`${preview.name} 打印预览`}
        />
      )}
    </Paper>
  );
}
