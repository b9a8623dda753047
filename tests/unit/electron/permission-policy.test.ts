import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../src-main/electron/permission-policy';

describe('isPermissionAllowed', () => {
  it('allows only a clipboard write from the app main frame', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://regiondesk/index.html', true)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://regiondesk', true)).toBe(true);
  });

  it('refuses the clipboard write elsewhere', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://regiondesk/index.html', false)).toBe(
      false,
    );
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', true)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, true)).toBe(false);
  });

  it('refuses everything else, even from the app', () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fileSystem',
      'hid',
      'usb',
      'serial',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission, 'app://regiondesk/index.html', true)).toBe(false);
    }
  });
});
