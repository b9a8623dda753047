import { isLoopbackAddress } from '../core/platform/lan-settings';

/**
 * The guard of the plain-HTTP listener. It is bound to 127.0.0.1, so no other PC can reach it;
 * should it ever see one (a proxy, a changed bind), the client is sent to HTTPS instead of
 * having its password cross the network in the clear.
 */
export function loopbackOnly(httpsPort: () => number | null): (address: string) => string | null {
  return (address) => {
    if (isLoopbackAddress(address)) return null;
    const port = httpsPort();
    return port === null
      ? 'RegionDesk 的 http:// 地址只供本机使用。局域网访问尚未开启,请联系区域经理在“办事处设置”中开启。'
      : `RegionDesk 的 http:// 地址只供本机使用。请在地址栏改用 https://(办事处电脑的局域网地址):${port}/ 打开。`;
  };
}
