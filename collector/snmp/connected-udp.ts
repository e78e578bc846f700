import { createSocket, type Socket, type SocketType } from 'node:dgram';
import type { EventEmitter } from 'node:events';

type SendCallback = (error: Error | null, bytes?: number) => void;

/**
 * What net-snmp's `dgramModule` option must provide: a client session calls
 * `createSocket(transport)` once and then only the methods of {@link ConnectedUdpSocket}.
 */
export interface DgramModule {
  createSocket(type: SocketType): ConnectedUdpSocket;
}

/**
 * A net-snmp `dgramModule` whose sockets are connected to one agent. A connected UDP socket
 * receives the host's ICMP port-unreachable as ECONNREFUSED, within a millisecond or two of the
 * session's first real request, where an unconnected one waits for the whole SNMP timeout:
 * a closed port is seen without a probe packet of our own. (A malformed probe is not harmless:
 * snmpsimd in --v2c-arch mode dies on one.) The price: the kernel drops answers from any other
 * address, so an agent that replies from another of its addresses is not heard.
 *
 * `onRefused` runs on the first ECONNREFUSED; the refusal also fails every later send.
 */
export function connectedDgramModule(address: string, port: number, onRefused: (error: NodeJS.ErrnoException) => void): DgramModule {
  return { createSocket: (type) => new ConnectedUdpSocket(createSocket(type), address, port, onRefused) };
}

/** The few socket methods net-snmp's client session calls, over a socket connected at creation. */
export class ConnectedUdpSocket {
  private readonly connected: Promise<void>;
  private abandon: (error: Error) => void = () => undefined;
  private refusal: NodeJS.ErrnoException | undefined;

  constructor(
    private readonly socket: Socket,
    address: string,
    port: number,
    onRefused: (error: NodeJS.ErrnoException) => void,
  ) {
    this.connected = new Promise((resolve, reject) => {
      this.abandon = reject;
      // Node calls back with the error when the connect fails (and emits no 'error' then).
      socket.connect(port, address, (error?: Error) => (error ? reject(error) : resolve()));
    });
    // Settled here so that an abandoned connection is not an unhandled rejection; sends see it.
    this.connected.catch(() => undefined);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' && !this.refusal) {
        this.refusal = error;
        onRefused(error);
      }
    });
  }

  /**
   * net-snmp's call, `send(buffer, offset, length, port, address, callback)`: the port and
   * address are the connected ones (a connected socket refuses them), so they are dropped.
   */
  send(buffer: Buffer, offset: number, length: number, _port: number, _address: string, callback: SendCallback): void {
    this.connected.then(
      () => {
        if (this.refusal) {
          callback(this.refusal);
          return;
        }
        try {
          this.socket.send(buffer, offset, length, (error, bytes) => callback(error ?? this.refusal ?? null, bytes));
        } catch (error) {
          callback(error as Error); // closed meanwhile: Node throws rather than calling back
        }
      },
      (error: Error) => callback(error),
    );
  }

  on(event: 'message' | 'close' | 'error', listener: Parameters<EventEmitter['on']>[1]): this {
    this.socket.on(event, listener);
    return this;
  }

  bind(port?: number, address?: string): this {
    this.socket.bind(port, address);
    return this;
  }

  ref(): this {
    this.socket.ref();
    return this;
  }

  unref(): this {
    this.socket.unref();
    return this;
  }

  /** Closes the socket; a send still waiting for the connection fails instead of hanging. */
  close(): void {
    this.abandon(new Error('socket closed before it connected'));
    this.socket.close();
  }
}
