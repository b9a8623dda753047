import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src-main/core';
import { detectEvidenceKind } from '../../../src-main/core/modules/attachments';
import { call, expectError, expectOk, readRows, tableChecksums } from '../../helpers/core-harness';
import { open, type PipelineOffice, pipelineOffice } from '../pipeline/pipeline-office';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);
const ooxml = (part: string) =>
  Buffer.from(
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [`${part}/document.xml`]: strToU8('<x/>') }),
  );
/** A compound file (97-2003 Office) whose directory names the program's main stream. */
const cfb = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(`Root Entry\0${stream}\0`, 'utf16le'),
  ]);

async function upload(o: PipelineOffice, caller: Caller, bytes: Buffer, name: string) {
  return expectOk(await o.core.upload(bytes, name, caller)).uploadId;
}

async function attach(o: PipelineOffice, caller: Caller, id: number, bytes: Buffer, name: string) {
  return call(o.core, caller, 'pipeline.attach', { id, uploadId: await upload(o, caller, bytes, name) });
}

/** Every file under the attachments folder. */
function kept(o: PipelineOffice): string[] {
  const dir = join(o.dataDir, 'attachments');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe('evidence attachments', () => {
  it('keeps a file in the data folder under its SHA-256, once however often it is attached', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    // A rep uploads the evidence of their own opportunity.
    const first = expectOk(await attach(o, o.wang, id, PDF, '签收单.pdf'));
    expect(first).toMatchObject({
      fileName: '签收单.pdf',
      mime: 'application/pdf',
      bytes: PDF.length,
      byName: '王芳',
    });
    const path = join(o.dataDir, 'attachments', first.sha256.slice(0, 2), first.sha256);
    expect(kept(o)).toEqual([path]);
    expect(readFileSync(path)).toEqual(PDF);
    const again = expectOk(await attach(o, o.wang, id, PDF, '签收单(扫描).pdf'));
    expect(again.id).not.toBe(first.id);
    expect(kept(o)).toEqual([path]);
    expect(readRows(o.dbFile, 'select file_name from attachments order by id')).toEqual([
      { file_name: '签收单.pdf' },
      { file_name: '签收单(扫描).pdf' },
    ]);

    // The file ticks the item that asks for it, and comes back for download.
    const ticked = expectOk(
      await call(o.core, o.wang, 'pipeline.check', {
        id,
        stage: 'delivery',
        item: 'receipt',
        done: true,
        attachmentId: first.id,
      }),
    );
    expect(ticked.checklist.find((c) => c.key === 'receipt')?.attachment).toMatchObject({ id: first.id });
    const file = expectOk(await call(o.core, o.wang, 'pipeline.attachment', { attachmentId: first.id }));
    expect(file.fileName).toBe('签收单.pdf');
    expect(readFileSync(o.core.getFile(file.fileId, o.wang.sessionToken)!.path)).toEqual(PDF);
    // Another rep's evidence is not theirs to download.
    expectError(await call(o.core, o.li, 'pipeline.attachment', { attachmentId: first.id }), 'NOT_FOUND');
  });

  it('ticks a file item only with a file attached to this very opportunity', async () => {
    const { o, hospital } = await pipelineOffice();
    const mine = await open(o, o.wang, { customerId: hospital });
    const other = await open(o, o.wang, { customerId: hospital, title: '骨科器械' });
    const file = expectOk(await attach(o, o.wang, other, PNG, '签收单.png'));
    const check = (attachmentId?: number) =>
      call(o.core, o.wang, 'pipeline.check', {
        id: mine,
        stage: 'delivery',
        item: 'receipt',
        done: true,
        ...(attachmentId ? { attachmentId } : {}),
      });
    expect(expectError(await check(), 'BAD_INPUT').fields).toEqual({ attachmentId: '请上传签收单' });
    expect(expectError(await check(file.id), 'BAD_INPUT').message).toContain('不是为本商机上传的');
  });

  it('recognises the kinds it keeps by their content', () => {
    expect(detectEvidenceKind(PDF)?.mime).toBe('application/pdf');
    expect(detectEvidenceKind(JPEG)?.mime).toBe('image/jpeg');
    expect(detectEvidenceKind(PNG)?.mime).toBe('image/png');
    expect(detectEvidenceKind(ooxml('word'))?.extensions).toEqual(['docx']);
    expect(detectEvidenceKind(ooxml('xl'))?.extensions).toEqual(['xlsx']);
    expect(detectEvidenceKind(ooxml('ppt'))?.extensions).toEqual(['pptx']);
    expect(detectEvidenceKind(cfb('WordDocument'))?.extensions).toEqual(['doc']);
    expect(detectEvidenceKind(cfb('Workbook'))?.extensions).toEqual(['xls']);
    expect(detectEvidenceKind(cfb('PowerPoint Document'))?.extensions).toEqual(['ppt']);
    // A zip that is no Office file, and plain text, are neither.
    expect(detectEvidenceKind(Buffer.from(zipSync({ 'a.txt': strToU8('x') })))).toBeNull();
    expect(detectEvidenceKind(Buffer.from('合同编号 HT-2026-0457'))).toBeNull();
  });

  it.each([
    ['a PNG named .pdf', PNG, '合同.pdf', 'BAD_INPUT', '文件“合同.pdf”的内容不是 PDF,请确认文件'],
    ['an Excel sheet named .docx', ooxml('xl'), '方案.docx', 'BAD_INPUT', '的内容不是 Word 文档'],
    ['a broken PDF', Buffer.from('%PDX not really'), '报价单.pdf', 'BAD_INPUT', '的内容不是 PDF'],
    ['a program', Buffer.from('MZ\x90\x00'), '签收单.exe', 'BAD_INPUT', '不能作为凭证'],
    ['a text file', Buffer.from('HT-2026-0457'), '合同编号.txt', 'BAD_INPUT', '不能作为凭证'],
    ['a parent folder in the name', PDF, '../合同.pdf', 'BAD_INPUT', '含有路径'],
    ['a Windows path', PDF, 'C:\\Users\\wang\\合同.pdf', 'BAD_INPUT', '含有路径'],
    ['a drive letter', PDF, 'D:合同.pdf', 'BAD_INPUT', '含有路径'],
    ['a folder in the name', PDF, 'scans/合同.pdf', 'BAD_INPUT', '含有路径'],
    ['a NUL in the name', PDF, '合同.pdf\0.png', 'BAD_INPUT', '含有路径'],
  ] as const)(
    'refuses %s with a Chinese reason, storing nothing',
    async (_what, bytes, name, code, message) => {
      const { o, hospital } = await pipelineOffice();
      const id = await open(o, o.wang, { customerId: hospital });
      const before = tableChecksums(o.dataDir);
      const refused = expectError(await attach(o, o.wang, id, bytes, name), code);
      expect(refused.message).toContain(message);
      expect(tableChecksums(o.dataDir)).toEqual(before);
      expect(kept(o)).toEqual([]);
    },
  );

  it('refuses a file over the size setting, naming the cap, and an empty one', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    const settings = expectOk(await call(o.core, o.manager, 'pipeline.settings', {}));
    expect(settings.attachmentMaxMb).toBe(20);
    expectOk(await call(o.core, o.manager, 'pipeline.updateSettings', { ...settings, attachmentMaxMb: 1 }));
    const before = tableChecksums(o.dataDir);
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
    const refused = expectError(await attach(o, o.wang, id, big, '合同扫描件.pdf'), 'PAYLOAD_TOO_LARGE');
    expect(refused.message).toContain('超过 1 MB');
    expect(
      expectError(await o.core.upload(Buffer.alloc(0), '空白.pdf', o.wang), 'BAD_INPUT').message,
    ).toContain('是空的');
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(kept(o)).toEqual([]);
    // Just under the cap is kept.
    expectOk(
      await attach(o, o.wang, id, Buffer.concat([PDF, Buffer.alloc(1024 * 1024 - PDF.length)]), '合同.pdf'),
    );
  });

  it('refuses an upload that has expired or belongs to another session', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    const uploadId = await upload(o, o.li, PDF, '合同.pdf');
    expectError(await call(o.core, o.wang, 'pipeline.attach', { id, uploadId }), 'NOT_FOUND');
  });
});
