/**
 * Whether the window can reach the RegionDesk service (the browser host; the desktop app's IPC
 * cannot be cut). The HTTP transport reports each call's fate; the banner listens.
 */
type Listener = (connected: boolean) => void;

let connected = true;
const listeners = new Set<Listener>();

/** Called by the transport after every call: a network failure, or any answer at all. */
export function reportConnection(reached: boolean): void {
  if (reached === connected) return;
  connected = reached;
  listeners.forEach((l) => l(reached));
}

/** The last known state. */
export function isConnected(): boolean {
  return connected;
}

/** Subscribes to changes; returns the unsubscribe. */
export function onConnectionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message of a call that never reached the service: what happened and what to do. */
export const CONNECTION_LOST_MESSAGE =
  '与 RegionDesk 服务的连接已断开,刚才的操作没有完成。请确认运行 RegionDesk 的电脑已开机、网络正常;连接恢复后请再做一次。';
