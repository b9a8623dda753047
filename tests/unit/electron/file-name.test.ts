import { describe, expect, it } from 'vitest';
import { extensionOf, safeFileName } from '../../../src-main/electron/file-name';

describe('safeFileName', () => {
  it('keeps ordinary Chinese names', () => {
    expect(safeFileName('拜访记录-2025年3月.docx', 'x.docx')).toBe('拜访记录-2025年3月.docx');
  });

  it('drops folders and characters Windows refuses', () => {
    expect(safeFileName('..\\..\\Windows\\evil.docx', 'x.docx')).toBe('evil.docx');
    expect(safeFileName('/etc/passwd', 'x.docx')).toBe('passwd');
    expect(safeFileName('a<b>c:d"e|f?g*.docx', 'x.docx')).toBe('a_b_c_d_e_f_g_.docx');
    expect(safeFileName('报告\u0000.docx', 'x.docx')).toBe('报告_.docx');
    expect(safeFileName('报告.docx. . ', 'x.docx')).toBe('报告.docx');
  });

  it('falls back for empty, dot-only and reserved names', () => {
    expect(safeFileName('', '周报.docx')).toBe('周报.docx');
    expect(safeFileName('..', '周报.docx')).toBe('周报.docx');
    expect(safeFileName('CON.docx', '周报.docx')).toBe('周报.docx');
    expect(safeFileName('lpt1', '')).toBe('download');
  });

  it('shortens long names but keeps the extension', () => {
    const name = safeFileName(`${'长'.repeat(300)}.docx`, 'x.docx');
    expect(name.length).toBe(150);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('extensionOf', () => {
  it('reads the last extension in lower case', () => {
    expect(extensionOf('a.tar.GZ')).toBe('gz');
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('noext')).toBe('');
  });
});
