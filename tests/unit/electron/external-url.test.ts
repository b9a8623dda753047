import { describe, expect, it } from 'vitest';
import { toExternalUrl } from '../../../src-main/electron/external-url';

describe('toExternalUrl', () => {
  it('passes http and https, normalised', () => {
    expect(toExternalUrl('https://www.example.com/路径?q=1')).toBe(
      'https://www.example.com/%E8%B7%AF%E5%BE%84?q=1',
    );
    expect(toExternalUrl('HTTP://Example.COM')).toBe('http://example.com/');
  });

  it('refuses every other scheme', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:a@b.c',
      'data:text/html,<b>x</b>',
      'app://regiondesk/index.html',
      'vbscript:msgbox',
    ]) {
      expect(toExternalUrl(url)).toBeNull();
    }
  });

  it('refuses credentials, junk and non-strings', () => {
    expect(toExternalUrl('https://user:pw@example.com/')).toBeNull();
    expect(toExternalUrl('https://bank.example@evil.example/')).toBeNull();
    expect(toExternalUrl('example.com')).toBeNull();
    expect(toExternalUrl('')).toBeNull();
    expect(toExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
    expect(toExternalUrl(42)).toBeNull();
    expect(toExternalUrl({ href: 'https://example.com' })).toBeNull();
  });
});
