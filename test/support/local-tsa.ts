import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './dossier.js';

const run = promisify(execFile);

const TSA_CONFIG = `[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Dossier test TSA
[ tsa_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = SERIAL_FILE
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha512
accuracy = secs:1
ess_cert_id_alg = sha256
`;

export interface LocalTsa {
  url: string;
  caFile: string;
  /** Another authority's CA, which never signed this TSA's certificate. */
  otherCaFile: string;
  close(): Promise<void>;
}

async function newCa(dir: string, name: string): Promise<{ cert: string; key: string }> {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-subj', `/CN=${name}`, '-days', '2',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  return { cert, key };
}

/**
 * A real RFC 3161 time-stamping authority on 127.0.0.1 for tests: its own CA and TSA certificate made with
 * openssl, and each request answered by `openssl ts -reply`, as the STACK notes suggest.
 */
export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = await tempDir('dossier-tsa-');
  const config = path.join(dir, 'tsa.cnf');
  await fs.writeFile(path.join(dir, 'serial'), '01\n');
  await fs.writeFile(config, TSA_CONFIG.replace('SERIAL_FILE', path.join(dir, 'serial')));
  const ca = await newCa(dir, 'Dossier test TSA root');
  const other = await newCa(dir, 'Some other root');
  const tsaKey = path.join(dir, 'tsa.key');
  const tsaCsr = path.join(dir, 'tsa.csr');
  const tsaCert = path.join(dir, 'tsa.crt');
  await run('openssl', ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', tsaKey, '-out', tsaCsr, '-config', config]);
  await run('openssl', ['x509', '-req', '-in', tsaCsr, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-out', tsaCert, '-days', '2', '-extfile', config, '-extensions', 'tsa_ext']);
  let requests = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      if (request.url !== '/tsa') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('no authority here');
        return;
      }
      try {
        if (request.method !== 'POST' || request.headers['content-type'] !== 'application/timestamp-query') throw new Error('not a time-stamp query');
        const n = requests++;
        const query = path.join(dir, `q${n}.tsq`);
        const reply = path.join(dir, `r${n}.tsr`);
        await fs.writeFile(query, Buffer.concat(chunks));
        await run('openssl', ['ts', '-reply', '-config', config, '-queryfile', query, '-signer', tsaCert, '-inkey', tsaKey, '-chain', ca.cert, '-out', reply]);
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(await fs.readFile(reply));
      } catch (error) {
        response.writeHead(400, { 'content-type': 'text/plain' }).end((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    caFile: ca.cert,
    otherCaFile: other.cert,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
