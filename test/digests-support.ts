import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/**
 * A real SMTP server for the digest suites (smtp-server; what it receives is parsed with mailparser). It can refuse
 * the next N messages with a 451, hold new connections before the greeting, or hold a message's DATA reply, so a
 * test can kill a worker at a precise point of a send.
 */
export class TestSmtp {
  readonly messages: ParsedMail[] = [];
  connections = 0;
  refuseNext = 0;
  refused = 0;
  holdConnections = false;
  holdData = false;
  private held: (() => void)[] = [];
  private server!: SMTPServer;
  port = 0;

  static async start(): Promise<TestSmtp> {
    const s = new TestSmtp();
    s.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session: SMTPServerSession, cb: (err?: Error) => void) => {
        s.connections++;
        if (s.holdConnections) s.held.push(() => cb());
        else cb();
      },
      onData: (stream: SMTPServerDataStream, _session: SMTPServerSession, cb: (err?: Error | null) => void) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (s.refuseNext > 0) {
            s.refuseNext--;
            s.refused++;
            return cb(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          }
          void simpleParser(Buffer.concat(chunks)).then((mail) => {
            s.messages.push(mail);
            if (s.holdData) s.held.push(() => cb());
            else cb();
          });
        });
      },
    });
    s.server.on('error', () => undefined);
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', () => resolve()));
    s.port = (s.server.server.address() as { port: number }).port;
    return s;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  get heldCount(): number {
    return this.held.length;
  }

  release(): void {
    this.holdConnections = false;
    this.holdData = false;
    for (const r of this.held.splice(0)) {
      try {
        r();
      } catch {
        // the client is gone
      }
    }
  }

  to(email: string): ParsedMail[] {
    return this.messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === email)));
  }

  async close(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export const GENERATE = `mutation($w: String!) { generateDigests(weekStart: $w) { id weekStart recipient { id email role } stats html text subject messageId sendState sendAttempts lastError sentAt audience subParkIds } }`;
export const DIGESTS = `query($w: String) { digests(first: 200, weekStart: $w) { id weekStart recipient { id email } stats html text subject messageId sendState sendAttempts lastError sentAt } }`;

/** Monday (Asia/Shanghai) of the week `at` falls in. */
export function mondayOf(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  const dow = (local.getUTCDay() + 6) % 7;
  return new Date(local.getTime() - dow * 86_400_000).toISOString().slice(0, 10);
}

export const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
