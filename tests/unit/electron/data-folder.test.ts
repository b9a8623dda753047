import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, looksLikeNetworkPath, userDataFolder } from '../../../src-main/electron/data-folder';

describe('userDataFolder', () => {
  it('uses the local AppData folder on Windows', () => {
    expect(
      userDataFolder(
        'win32',
        { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' },
        'C:\\Users\\li\\AppData\\Roaming',
      ),
    ).toBe(path.join('C:\\Users\\li\\AppData\\Local', 'RegionDesk'));
  });

  it('uses the platform application folder elsewhere or without LOCALAPPDATA', () => {
    expect(userDataFolder('linux', { LOCALAPPDATA: '/x' }, '/home/li/.config')).toBe(
      path.join('/home/li/.config', 'RegionDesk'),
    );
    expect(userDataFolder('win32', {}, 'C:\\Roaming')).toBe(path.join('C:\\Roaming', 'RegionDesk'));
  });

  it('keeps the database apart from the browser profile', () => {
    expect(dataFolder('/u')).toBe(path.join('/u', 'data'));
  });
});

describe('looksLikeNetworkPath', () => {
  it('spots UNC paths', () => {
    expect(looksLikeNetworkPath('\\\\fileserver\\home$\\li\\AppData')).toBe(true);
    expect(looksLikeNetworkPath('//fileserver/home/li')).toBe(true);
    expect(looksLikeNetworkPath('C:\\Users\\li\\AppData\\Local\\RegionDesk')).toBe(false);
    expect(looksLikeNetworkPath('/home/li/.config/RegionDesk')).toBe(false);
  });
});
