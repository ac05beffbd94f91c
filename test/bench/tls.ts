/**
 * A throwaway self-signed certificate for the bench's local HTTPS server. chatgpt.com is an https origin and the
 * content scripts only match https://chatgpt.com/*, so the page has to be served over TLS under that name;
 * Chromium is told to resolve chatgpt.com to the loopback server and to accept the certificate
 * (see browser.ts). Generated with the system `openssl` at bench time, into a temp dir that is removed after.
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
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', `/CN=${hosts[0]}`,
        '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    throw new Error(
      `Could not create the bench's self-signed certificate with openssl (${(error as Error).message.split('\n')[0]}). ` +
        'Install openssl (Debian: apt-get install openssl).',
    );
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}
