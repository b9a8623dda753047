import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { BundleCustomersTable } from './BundleCustomersTable';
import { BundleFilesTable } from './BundleFilesTable';
import { GapsTable } from '../bundles';
import { BundleChannelSummary } from '../hq-channel';
import { BundleHeader } from './BundleHeader';
import { BundlePipelineTable } from './BundlePipelineTable';
import { BundleReportsTable } from './BundleReportsTable';
import { BundleRevisions } from './BundleRevisions';
import { BundleTargetsTable } from './BundleTargetsTable';
import { useApi } from './use-api';

/**
 * One imported bundle: its revisions, reports (printable), original files, gaps, the year's targets,
 * the customer file with its contact figures, the sales pipeline and channel control.
 */
export function BundleViewPage() {
  const { bundleId } = useParams();
  const id = Number(bundleId);
  const valid = Number.isInteger(id) && id > 0;
  const { data: bundle, error } = useApi('hq.bundles.get', valid ? { bundleId: id } : null);
  const { data: channel } = useApi('hq.channel.bundle', valid ? { bundleId: id } : null);

  return (
    <Stack maw={1100}>
      <Group>
        <Button component={Link} to="/" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          返回汇总
        </Button>
      </Group>
      {!valid && <Text c="red">没有这个数据包。</Text>}
      {error !== null && !bundle && <Text c="red">{errorMessage(error)}</Text>}
      {bundle && (
        <>
          <BundleHeader bundle={bundle} />
          <BundleRevisions officeCode={bundle.office.code} period={bundle.period} bundleId={bundle.id} />
          <BundleReportsTable reports={bundle.reports} />
          <BundleFilesTable files={bundle.files} />
          <GapsTable gaps={bundle.gaps} />
          {bundle.targets && <BundleTargetsTable targets={bundle.targets} />}
          {bundle.customers && <BundleCustomersTable customers={bundle.customers} />}
          {bundle.pipeline && <BundlePipelineTable pipeline={bundle.pipeline} />}
          {channel && <BundleChannelSummary channel={channel} />}
        </>
      )}
    </Stack>
  );
}
