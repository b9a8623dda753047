import { Button, Group, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconBarcode } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { LookupResult } from '../../../src-shared/contract/reference';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../app/session';
import type { CasePrefill } from './case-form';
import { CaseFormModal } from './CaseFormModal';
import { LookupAnswer, type LookupMatch } from './LookupAnswer';

/** The key that opens the lookup from any screen, also while typing in a field. */
export const LOOKUP_KEY = 'F2';

function prefillOf(result: LookupResult, m: LookupMatch): CasePrefill {
  return {
    productCode: m.product.code,
    batchNo: m.batchNo,
    ...(m.matchedBy === 'carton' ? { cartonCode: result.code } : {}),
    sourceText: `${m.dealer.name}(${m.dealer.code}),${m.regionCode} 区域,${m.shipDate} 发货单 ${m.docNo}`,
  };
}

/**
 * 批号查询: one field for a batch number or a carton code, typed or scanned (a scanner types the
 * code and presses Enter). Opened with F2 or the header button; after an answer the field is
 * selected again, so the next scan simply replaces it.
 */
export function LookupOverlay() {
  const { mode } = useSession();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<LookupResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [prefill, setPrefill] = useState<CasePrefill | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const show = () => {
    open();
    // Already open: back to the field for the next code.
    field.current?.select();
  };
  useHotkeys([[LOOKUP_KEY, show, { preventDefault: true }]], []);

  const search = async () => {
    if (!code.trim()) return setProblem('请输入或扫描批号/箱码');
    setBusy(true);
    try {
      setResult(await api('reference.lookup', { code }));
      setProblem(null);
    } catch (err) {
      setResult(null);
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
      field.current?.select();
    }
  };

  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconBarcode size={16} />}
        rightSection={<Kbd size="xs">{LOOKUP_KEY}</Kbd>}
        aria-label={`批号查询(${LOOKUP_KEY})`}
        onClick={show}
      >
        批号查询
      </Button>
      <Modal opened={opened} onClose={close} title="批号/箱码查询" size="xl">
        <Stack>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void search();
            }}
          >
            <Group align="flex-start" wrap="nowrap">
              <TextInput
                ref={field}
                label="批号或箱码"
                placeholder="输入或扫描后按 Enter"
                data-autofocus
                autoComplete="off"
                spellCheck={false}
                style={{ flex: 1 }}
                value={code}
                error={problem}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Button type="submit" mt={25} loading={busy}>
                查询
              </Button>
            </Group>
          </form>
          {result && (
            <LookupAnswer
              result={result}
              onRegister={
                mode === 'office'
                  ? (m) => {
                      setPrefill(prefillOf(result, m));
                      close();
                    }
                  : undefined
              }
            />
          )}
          {!result && (
            <Text size="sm" c="dimmed">
              在任何页面按 <Kbd>{LOOKUP_KEY}</Kbd> 打开本查询;扫码枪扫描后会自动查询。
            </Text>
          )}
        </Stack>
      </Modal>
      {prefill && (
        <CaseFormModal
          prefill={prefill}
          onClose={() => setPrefill(null)}
          onSaved={(d) => {
            setPrefill(null);
            navigate(`/channel/cases/${d.case.id}`);
          }}
        />
      )}
    </>
  );
}
