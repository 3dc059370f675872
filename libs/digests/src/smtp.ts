import MailComposer from 'nodemailer/lib/mail-composer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

/**
 * One message over one SMTP connection, in steps we can see: connect and sign in, then `beforeHandover` (the
 * caller records that the message is about to leave), then MAIL/RCPT/DATA. A failure before the hand-over is
 * certain not to have delivered anything; after it, only an SMTP reply says what happened.
 */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers?: Record<string, string>;
}

export class SmtpSendError extends Error {
  constructor(
    message: string,
    /** true: the server answered or nothing was handed over, so we know the message was not accepted */
    readonly definite: boolean,
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'SmtpSendError';
  }
}

export interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
  ignoreTLS: boolean;
  requireTLS: boolean;
  rejectUnauthorized: boolean;
  auth: { user: string; pass: string } | null;
}

/** smtp://user:pass@host:port or smtps://… ; ?ignoreTLS=true, ?requireTLS=true, ?rejectUnauthorized=false. */
export function parseSmtpUrl(url: string): SmtpTarget {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got ${u.protocol})`);
  const secure = u.protocol === 'smtps:';
  const flag = (k: string) => u.searchParams.get(k) === 'true' || u.searchParams.get(k) === '1';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ignoreTLS: flag('ignoreTLS'),
    requireTLS: flag('requireTLS'),
    rejectUnauthorized: u.searchParams.get('rejectUnauthorized') !== 'false',
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : null,
  };
}

function build(mail: OutgoingMail): Promise<{ envelope: { from: string; to: string[] }; raw: Buffer }> {
  const compiled = new MailComposer({ ...mail, messageId: mail.messageId }).compile();
  const envelope = compiled.getEnvelope() as { from: string; to: string[] };
  return new Promise((resolve, reject) => compiled.build((err, raw) => (err ? reject(err) : resolve({ envelope, raw }))));
}

export async function sendOne(target: SmtpTarget, mail: OutgoingMail, beforeHandover: () => Promise<void>): Promise<string> {
  const { envelope, raw } = await build(mail);
  const conn = new SMTPConnection({
    host: target.host, port: target.port, secure: target.secure, ignoreTLS: target.ignoreTLS, requireTLS: target.requireTLS,
    tls: { rejectUnauthorized: target.rejectUnauthorized },
    connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000,
  });
  let handedOver = false;
  let failure: Error | null = null;
  conn.on('error', (err: Error) => {
    failure = err;
  });
  const step = <T>(fn: (cb: (err?: Error | null, v?: T) => void) => void) =>
    new Promise<T>((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v as T))));
  try {
    await step<void>((cb) => conn.connect((err) => cb(err)));
    if (target.auth) await step<void>((cb) => conn.login(target.auth!, (err) => cb(err)));
    await beforeHandover();
    handedOver = true;
    const info = await step<{ response?: string; rejected?: unknown[] }>((cb) => conn.send(envelope, raw, (err, i) => cb(err, i as never)));
    if (info.rejected && info.rejected.length) throw Object.assign(new Error(`recipient rejected: ${JSON.stringify(info.rejected)}`), { responseCode: 550 });
    return info.response ?? '';
  } catch (e) {
    const err = (e as Error) ?? failure;
    const code = (err as { responseCode?: number }).responseCode;
    throw new SmtpSendError(err.message, !handedOver || typeof code === 'number', code);
  } finally {
    try {
      conn.quit();
    } catch {
      conn.close();
    }
  }
}
