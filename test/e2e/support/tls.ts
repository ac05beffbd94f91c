/**
 * A throwaway self-signed certificate for the loopback TLS servers that stand in for chatgpt.com: the bench's
 * HTTPS server (test/bench/server.ts) and the end-to-end socket server for ws.chatgpt.com (chatgpt-socket.ts).
 * chatgpt.com is an https origin and the content scripts only match https://chatgpt.com/*, so the page (and its
 * wss:// socket) have to be served over TLS under those names; Chromium is told to resolve them to the loopback
 * server and to accept the certificate (--ignore-certificate-errors). Generated with the system `openssl` at
 * start-up, into a temp dir the caller removes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Cert {
  key: string;
  cert: string;
}

export function selfSignedCert(dir: string, hosts: string[]): Cert {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    throw new Error(
      `Could not create a self-signed test certificate with openssl (${(error as Error).message.split('\n')[0]}). ` +
        'Install openssl (Debian: apt-get install openssl).',
    );
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}
