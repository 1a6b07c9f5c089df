import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request through the gate: sent on to the server, then its answer relayed to the app, or the connection dropped. */
export interface Exchange {
  /** Sends the request to the sync server; resolves once the server has answered in full (nothing relayed yet). */
  forward(): Promise<void>;
  /** Relays the server's answer (a 502 if it gave none). */
  relay(): void;
  /** Drops the app's connection: the answer is lost on the way, as when the server dies before replying. */
  drop(): void;
}

/** Picks requests by method and URL: returns what to do with one (`null`: straight through). */
export type GateRule = (method: string, url: string) => ((exchange: Exchange) => Promise<void>) | null;

export interface SyncGate {
  url: string;
  when(rule: GateRule | null): void;
  close(): Promise<void>;
}

/**
 * A proxy between the app's `/couchdb` and the sync server, so a test can cut or hold chosen requests at the moment it
 * wants (the server stopped after it stored a push, a pull held while the tab is killed) without routing the page.
 */
export async function startSyncGate(target: string): Promise<SyncGate> {
  let rule: GateRule | null = null;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', () => {
      let answer: { status: number; headers: IncomingHttpHeaders; body: Buffer } | null = null;
      const exchange: Exchange = {
        forward: () =>
          new Promise<void>((done) => {
            const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (reply) => {
              const parts: Buffer[] = [];
              reply.on('data', (chunk: Buffer) => parts.push(chunk));
              reply.on('end', () => {
                answer = { status: reply.statusCode ?? 502, headers: reply.headers, body: Buffer.concat(parts) };
                done();
              });
            });
            upstream.on('error', () => done());
            upstream.end(Buffer.concat(body));
          }),
        relay() {
          if (res.destroyed) return;
          if (!answer) return void res.writeHead(502).end();
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
        },
        drop: () => void res.destroy(),
      };
      const act = rule?.(req.method ?? 'GET', req.url ?? '/');
      void (act ? act(exchange) : exchange.forward().then(() => exchange.relay()));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    when(next) {
      rule = next;
    },
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
