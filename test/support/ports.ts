import { once } from 'node:events';
import net from 'node:net';

/** A TCP port free on 127.0.0.1 at the moment of asking, for a server a test starts. */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

/** Waits (up to a minute: a loaded machine starts slowly) until a Dossier server answers its health check. */
export async function untilServerAnswers(port: number, saying: () => string = () => ''): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server answers on port ${port}\n${saying()}`);
}
