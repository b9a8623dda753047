import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import {
  DEALER_KIND,
  IMPORT_KINDS,
  type ImportKind,
  KIND_LABELS,
  PRODUCT_KIND,
  SHIPMENT_KIND,
} from './import-kinds';
import { ImportWizard } from './ImportWizard';
import { REF_PATHS } from './reference-format';

const isKind = (k: string | undefined): k is ImportKind => IMPORT_KINDS.includes(k as ImportKind);

/** 从 Excel 导入参考数据: one wizard for the shipment sheet, the product list and the dealer list. */
export function ExcelImportPage() {
  const { kind } = useParams();
  const navigate = useNavigate();
  if (!isKind(kind)) return <Navigate to={REF_PATHS.import('shipments')} replace />;
  const config = kind === 'products' ? PRODUCT_KIND : kind === 'dealers' ? DEALER_KIND : SHIPMENT_KIND;
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>导入{KIND_LABELS[kind]}</Title>
        <Button
          component={Link}
          to={config.back.to}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
        >
          {config.back.label}
        </Button>
      </Group>
      <SegmentedControl
        aria-label="导入内容"
        w="fit-content"
        data={IMPORT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        value={kind}
        onChange={(k) => navigate(REF_PATHS.import(k as ImportKind))}
      />
      {/* A new kind starts a new wizard: nothing of another sheet carries over. */}
      {kind === 'products' && <ImportWizard key="products" kind={PRODUCT_KIND} />}
      {kind === 'dealers' && <ImportWizard key="dealers" kind={DEALER_KIND} />}
      {kind === 'shipments' && <ImportWizard key="shipments" kind={SHIPMENT_KIND} />}
    </Stack>
  );
}
