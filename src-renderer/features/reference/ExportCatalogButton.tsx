import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';

/** 导出 Excel: the list with the import's columns, to edit in Excel and import back. */
export function ExportCatalogButton({ list }: { list: 'products' | 'dealers' }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await deliverFile(await api('reference.exportCatalog', { list }));
    } catch (err) {
      notifyError(err, '未能导出');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      onClick={() => void run()}
    >
      导出 Excel
    </Button>
  );
}
