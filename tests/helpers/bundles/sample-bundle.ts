import { publicKeyFile } from '../../../src-main/core/platform/bundle-format/keys';
import type { ReadBundleOptions } from '../../../src-main/core/platform/bundle-format/read-bundle';
import type {
  BundleFileInput,
  WriteBundleInput,
} from '../../../src-main/core/platform/bundle-format/write-bundle';
import { upgradeV1 } from '../../../src-shared/bundle/bundle-data-v1';
import { seededKeyPair } from './seeded-keys';

export const SAMPLE_PERIOD = '2025-06';
export const SAMPLE_OFFICE = { code: 'BJ01', name: '北京办事处', region: '华北' };
export const SAMPLE_CREATED_AT = '2025-07-01T09:30:00+08:00';

/** The office's own key, another key of nobody registered, and a key of an unregistered office. */
export const sampleKeys = {
  office: seededKeyPair('BJ01'),
  other: seededKeyPair('not BJ01'),
  stranger: seededKeyPair('SH09'),
};

/** A small but complete data/bundle.json for the sample office and month: one approved 走访表. */
export function sampleBundleData(period = SAMPLE_PERIOD) {
  const rep = { id: 2, name: '赵磊' };
  const manager = { id: 1, name: '孙强' };
  const day = `${period}-12`;
  return {
    schemaVersion: 1,
    office: { ...SAMPLE_OFFICE, company: '江南康健医药有限公司' },
    period,
    revision: 1,
    exportedAt: '2025-07-01T01:30:00.000Z',
    exportedBy: manager,
    headOfficeDueAt: null,
    people: [
      { ...manager, role: 'manager' },
      { ...rep, role: 'rep' },
    ],
    customers: [],
    reports: [
      {
        id: 1,
        formCode: 'F01',
        periodKey: day,
        periodLabel: day,
        author: rep,
        enteredBy: rep,
        status: 'sent',
        version: 2,
        data: { visits: [{ customerName: '华北机电', purpose: '续约' }] },
        dueAt: null,
        submittedAt: `${day}T10:00:00.000Z`,
        onTime: true,
        reviewer: manager,
        reviewedAt: `${day}T12:00:00.000Z`,
        reviewComment: null,
        versions: [],
      },
    ],
    files: [
      {
        kind: 'document',
        path: 'documents/F01-2025-06.docx',
        title: '走访表',
        formCode: 'F01',
        reportIds: [1],
      },
    ],
    gaps: [],
  };
}

/** The same data as the sectioned schema (2) writes it. */
export function sampleBundleDataV2(period = SAMPLE_PERIOD) {
  return upgradeV1(sampleBundleData(period) as Parameters<typeof upgradeV1>[0]);
}

export function sampleFiles(): BundleFileInput[] {
  const visits = { schemaVersion: 1, visits: [{ customer: '华北机电', date: '2025-06-12', note: '续约' }] };
  return [
    { path: 'data/bundle.json', bytes: Buffer.from(JSON.stringify(sampleBundleData()), 'utf8') },
    { path: 'data/visits.json', bytes: Buffer.from(JSON.stringify(visits), 'utf8') },
    {
      path: 'documents/F01-2025-06.docx',
      bytes: Buffer.from('PK\u0003\u0004 stand-in for a Word document', 'latin1'),
    },
    { path: 'summary.xlsx', bytes: Buffer.from('PK\u0003\u0004 stand-in for a workbook', 'latin1') },
  ];
}

export function sampleBundleInput(
  overrides: Partial<WriteBundleInput['manifestBase']> = {},
): WriteBundleInput {
  return {
    manifestBase: {
      office: SAMPLE_OFFICE,
      period: SAMPLE_PERIOD,
      revision: 1,
      createdAt: SAMPLE_CREATED_AT,
      ...overrides,
    },
    files: sampleFiles(),
    privateKeyPem: sampleKeys.office.privateKeyPem,
  };
}

/** What head office would pass to readBundle for the sample office and month. */
export function sampleReadOptions(): ReadBundleOptions {
  return {
    trustedKeys: [{ officeCode: SAMPLE_OFFICE.code, publicKeyPem: sampleKeys.office.publicKeyPem }],
    expectedPeriod: SAMPLE_PERIOD,
  };
}

export function sampleKeyFile(): string {
  return publicKeyFile(SAMPLE_OFFICE, sampleKeys.office.publicKeyPem, new Date(SAMPLE_CREATED_AT));
}
