import { request } from 'node:https';
import { connect } from 'node:tls';

/** An API call over HTTPS from a PC that trusts exactly the office certificate `ca`. */
export function httpsPost(
  base: string,
  method: string,
  ca: string,
  input: unknown,
): Promise<{ status: number; setCookie: string | null; body: string }> {
  const data = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/${method}`,
      {
        method: 'POST',
        ca,
        headers: {
          'Content-Type': 'application/json',
          Origin: base,
          'Content-Length': Buffer.byteLength(data),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            setCookie: res.headers['set-cookie']?.join('\n') ?? null,
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** The SHA-256 fingerprint of the certificate a TLS listener on this PC presents. */
export function peerFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Only looking at what is presented, not trusting it: no request is sent.
    const socket = connect(
      { host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false },
      () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.end();
      },
    );
    socket.on('error', reject);
  });
}
