import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../src-main/electron/app-origin';
import { forbiddenSender, isTrustedSender, isValidMethodName } from '../../../src-main/electron/ipc-guards';

describe('isAppUrl', () => {
  it('accepts only app://regiondesk', () => {
    expect(isAppUrl('app://regiondesk/index.html')).toBe(true);
    expect(isAppUrl('app://regiondesk')).toBe(true);
    expect(isAppUrl('app://regiondesk/reports?id=1#top')).toBe(true);
    expect(isAppUrl('app://regiondesk.evil/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://regiondesk:1/')).toBe(false);
    expect(isAppUrl('app://x@regiondesk/')).toBe(false);
    expect(isAppUrl('https://regiondesk/')).toBe(false);
    expect(isAppUrl('file:///app/regiondesk/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts a frame showing the app', () => {
    expect(isTrustedSender({ url: 'app://regiondesk/index.html' })).toBe(true);
  });

  it('distrusts missing, foreign or broken frames', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ url: 'about:blank' })).toBe(false);
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(destroyed)).toBe(false);
  });

  it('answers with a typed FORBIDDEN result', () => {
    const result = forbiddenSender();
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('FORBIDDEN');
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('isValidMethodName', () => {
  it('accepts short non-empty strings only', () => {
    expect(isValidMethodName('reports.list')).toBe(true);
    expect(isValidMethodName('x'.repeat(100))).toBe(true);
    expect(isValidMethodName('x'.repeat(101))).toBe(false);
    expect(isValidMethodName('')).toBe(false);
    expect(isValidMethodName(1)).toBe(false);
    expect(isValidMethodName(null)).toBe(false);
    expect(isValidMethodName({ toString: () => 'reports.list' })).toBe(false);
  });
});
