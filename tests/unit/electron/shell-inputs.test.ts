import { describe, expect, it } from 'vitest';
import { openExternalInput, parseShellInput, saveFileInput } from '../../../src-main/electron/shell-inputs';

describe('parseShellInput', () => {
  it('accepts a well-formed saveFile input', () => {
    expect(parseShellInput(saveFileInput, { fileId: 'f1', fileName: '周报.docx' })).toEqual({
      ok: true,
      value: { fileId: 'f1', fileName: '周报.docx' },
    });
  });

  it('answers BAD_INPUT with field messages', () => {
    const result = parseShellInput(saveFileInput, { fileId: '', fileName: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_INPUT');
      expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['fileId', 'fileName']);
    }
  });

  it('drops unknown keys and refuses non-objects', () => {
    expect(parseShellInput(saveFileInput, { fileId: 'f1', fileName: 'a.docx', mime: 'x' })).toEqual({
      ok: true,
      value: { fileId: 'f1', fileName: 'a.docx' },
    });
    expect(parseShellInput(openExternalInput, 'https://a.example').ok).toBe(false);
    expect(parseShellInput(openExternalInput, null).ok).toBe(false);
  });
});
