import { createSocket } from 'node:dgram';

/**
 * Says whether a UDP port is certainly closed: a *connected* UDP socket receives
 * ECONNREFUSED (from the host's ICMP port-unreachable) within a millisecond or two,
 * where an unconnected one would wait for the whole SNMP timeout. "Not closed" is
 * not "open": silence may be a filter, so SNMP is still tried.
 */
export function isUdpPortClosed(address: string, port: number, waitMs: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket(address.includes(':') ? 'udp6' : 'udp4');
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.close();
      resolve(closed);
    };
    const onAbort = () => finish(false);
    const timer = setTimeout(() => finish(false), waitMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNREFUSED'));
    // Any answer at all means something listens.
    socket.on('message', () => finish(false));
    socket.connect(port, address, () => {
      // An empty SNMP-looking datagram: agents drop it silently, closed ports answer ICMP.
      socket.send(Buffer.from([0x30, 0x00]), (error) => {
        if (error) {
          finish((error as NodeJS.ErrnoException).code === 'ECONNREFUSED');
        }
      });
    });
  });
}
