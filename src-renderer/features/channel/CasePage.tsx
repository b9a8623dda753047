import { Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconEdit, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { CaseDetail } from '../../../src-shared/contract/channel';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { isEditable } from '../../../src-shared/domain/channel';
import { api, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { PrintPreviewModal } from '../documents';
import { CaseFacts } from './CaseFacts';
import { CaseFormModal } from './CaseFormModal';
import { CASE_STATUS_COLORS, CASE_STATUS_LABELS } from './case-labels';
import { CaseLogPanel } from './CaseLogPanel';
import { DecisionModal } from './DecisionModal';
import { EvidencePanel } from './EvidencePanel';
import { FindingPanel } from './FindingPanel';
import { MoveModal } from './MoveModal';

type Dialog = 'edit' | 'verifying' | 'decide' | 'closed' | null;

/** One F11 case: its facts, the manager's next step, evidence, the finding and the case log. */
export function CasePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { user, office } = useSession();
  const manager = user.role === 'manager';
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [preview, setPreview] = useState<DocModel | null>(null);

  const load = useCallback(() => {
    api('channel.case', { id: Number(id) }).then(setDetail, (err: unknown) => {
      notifyError(err, '案件未能打开');
      navigate('/channel/cases');
    });
  }, [id, navigate]);
  useEffect(load, [load]);

  if (!detail) return <Loader />;
  const c = detail.case;
  const mayEdit = isEditable(c.status) && (manager || c.reporterId === user.id || user.role === 'clerk');
  const changed = (d: CaseDetail) => {
    setDetail(d);
    setDialog(null);
  };
  const caseFile = async () => {
    try {
      await deliverFile(await api('channel.caseFileDocx', { id: c.id }));
    } catch (err) {
      notifyError(err, '案件卷宗未能生成');
    }
  };
  const printPreview = async () => {
    try {
      setPreview(await api('channel.caseFile', { id: c.id }));
    } catch (err) {
      notifyError(err, '打印预览未能打开');
    }
  };

  return (
    <Stack>
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconArrowLeft size={16} />}
        onClick={() => navigate('/channel/cases')}
      >
        返回案件列表
      </Button>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>案件第 {c.id} 号</Title>
          <Badge size="lg" color={CASE_STATUS_COLORS[c.status]} aria-label="案件状态">
            {CASE_STATUS_LABELS[c.status]}
          </Badge>
          <Text c="dimmed" size="sm">
            {[
              c.sourceRegionCode && c.sourceRegionCode !== office.regionCode ? '窜货' : null,
              c.belowList ? '低价销售' : null,
              c.productName,
              c.place,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Group>
        <Group gap="xs">
          {mayEdit && (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
              修改
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => void printPreview()}
          >
            打印预览
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void caseFile()}>
            下载案件卷宗
          </Button>
        </Group>
      </Group>
      {manager && (
        <Group gap="xs" aria-label="下一步">
          {c.status === 'registered' && <Button onClick={() => setDialog('verifying')}>转为核实中</Button>}
          {c.status === 'verifying' && <Button onClick={() => setDialog('decide')}>作出核实结论</Button>}
          {(c.status === 'confirmed' || c.status === 'rejected') && (
            <Button onClick={() => setDialog('closed')}>办结</Button>
          )}
        </Group>
      )}
      {!manager && c.status !== 'closed' && (
        <Text size="sm" c="dimmed">
          状态由区域经理推进:登记 → 核实中 → 成立/不成立 → 已处理。
        </Text>
      )}
      <CaseFacts c={c} />
      {c.verification !== null && <FindingPanel detail={detail} manager={manager} />}
      <EvidencePanel
        caseId={c.id}
        files={detail.attachments}
        canUpload={c.status !== 'closed'}
        onChanged={load}
      />
      <CaseLogPanel detail={detail} />

      {dialog === 'edit' && <CaseFormModal existing={c} onClose={() => setDialog(null)} onSaved={changed} />}
      {(dialog === 'verifying' || dialog === 'closed') && (
        <MoveModal
          caseId={c.id}
          to={dialog}
          onClose={() => setDialog(null)}
          onMoved={(d) => {
            notifyOk(`案件第 ${c.id} 号已${dialog === 'closed' ? '办结' : '转为核实中'}。`);
            changed(d);
          }}
        />
      )}
      {dialog === 'decide' && <DecisionModal c={c} onClose={() => setDialog(null)} onDecided={changed} />}
      {preview && (
        <PrintPreviewModal
          opened
          onClose={() => setPreview(null)}
          model={preview}
          title={`案件卷宗 · 第 ${c.id} 号 打印预览`}
        />
      )}
    </Stack>
  );
}
