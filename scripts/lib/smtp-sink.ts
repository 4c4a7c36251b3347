/** A minimal SMTP server that accepts every message and keeps it in memory, so a test can count what the app sent. */
import { createServer, type Socket } from 'node:net';

export type SunkMail = { from: string; to: string[]; data: string };

export type SmtpSink = { url: string; mails: SunkMail[]; close(): Promise<void> };

const address = (line: string) => /<([^>]*)>/.exec(line)?.[1]?.toLowerCase() ?? '';

/** Plain SMTP on 127.0.0.1 (no TLS, no authentication: nodemailer then sends in the clear, as it should locally). */
export function startSmtpSink(port: number): Promise<SmtpSink> {
  const mails: SunkMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    const reply = (...lines: string[]) => socket.write(lines.map((l) => `${l}\r\n`).join(''));
    let buffer = '';
    let inData = false;
    let mail: SunkMail = { from: '', to: [], data: '' };
    reply('220 sink ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            mails.push(mail);
            mail = { from: '', to: [], data: '' };
            inData = false;
            reply('250 OK');
          } else mail.data += `${line.startsWith('.') ? line.slice(1) : line}\r\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250-sink', '250 8BITMIME');
        else if (verb === 'HELO' || verb === 'NOOP') reply('250 OK');
        else if (verb === 'MAIL') {
          mail = { from: address(line), to: [], data: '' };
          reply('250 OK');
        } else if (verb === 'RCPT') {
          mail.to.push(address(line));
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          mail = { from: '', to: [], data: '' };
          reply('250 OK');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('502 Command not implemented');
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        mails,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
