import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { usersByIds } from '../../identity/src/user-loader.js';
import { UsersService } from '../../identity/src/users.service.js';
import { AppConfig, badInput, Clock, enqueueInTransaction, enqueueManyInTransaction, notFound, pageSize, recordAudit } from '../../platform/src/index.js';
import { DigestBuilder, type Audience } from './digest-builder.service.js';
import { personalise, renderDigest, type RenderedDigest } from './digest-render.js';
import type { DigestStats } from './digest-stats.js';
import { Digest, DigestSendState } from './digests.models.js';
import { KpisService } from './kpis.service.js';
import { parseSmtpUrl, sendOne, SmtpSendError } from './smtp.js';
import { addDays, parseWeekStart, previousWeekStart, week, type Week } from './week.js';

interface DigestRow {
  id: string;
  recipient_id: string;
  week_start: string;
  audience: string;
  sub_park_ids: string[] | null;
  stats: DigestStats;
  subject: string;
  html: string;
  text: string;
  message_id: string;
  send_state: DigestSendState;
  send_attempts: number;
  last_error: string | null;
  smtp_response: string | null;
  handed_over_at: Date | null;
  sent_at: Date | null;
  created_at: Date;
}

/** A digest without its stored content: what a list reads. */
const LIST_COLUMNS = `d.id, d.recipient_id, d.week_start::text AS week_start, d.audience, d.sub_park_ids::text[] AS sub_park_ids, d.subject,
  d.message_id, d.send_state, d.send_attempts, d.last_error, d.smtp_response, d.handed_over_at, d.sent_at, d.created_at`;
const COLUMNS = `${LIST_COLUMNS}, d.stats, d.html, d.text`;

const toDigest = (r: DigestRow): Digest => ({
  id: String(r.id),
  weekStart: r.week_start,
  recipientId: String(r.recipient_id),
  // Left undefined by a list (LIST_COLUMNS): the resolver loads them when asked.
  stats: r.stats === undefined ? (undefined as unknown as string) : JSON.stringify(r.stats),
  html: r.html,
  text: r.text,
  subject: r.subject,
  messageId: r.message_id,
  sendState: r.send_state,
  sendAttempts: r.send_attempts,
  lastError: r.last_error,
  smtpResponse: r.smtp_response,
  sentAt: r.sent_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  audience: r.audience,
  subParkIds: r.sub_park_ids,
});

/** Namespace of the advisory locks that make one process the only sender of a digest at a time. */
const SEND_LOCK = 0x4c5a4447; // 'LZDG'

/**
 * The weekly digest, exactly once. Building: one row per recipient and week (UNIQUE (recipient_id, week_start)),
 * inserted with its send job in one transaction through the outbox, so a crash after the build still sends and a
 * second build inserts and enqueues nothing. Sending: a session advisory lock makes one process the sender; the row's
 * state says what happened (PENDING → SENDING → SENT, or FAILED and retried with backoff). A sender that died
 * mid-send leaves SENDING with its lock gone: if it had not handed the message to SMTP yet, the next try sends;
 * if it had, the digest becomes UNCERTAIN instead of being mailed a second time.
 */
@Injectable()
export class DigestsService {
  private readonly logger = new Logger(DigestsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly subParks: SubParksService,
    private readonly builder: DigestBuilder,
    private readonly kpis: KpisService,
  ) {}

  // ---------- building ----------

  /** ADMIN: build (or fetch, if already built) every digest of a past or current week. Idempotent. */
  async generate(scope: Scope, weekStart: string): Promise<Digest[]> {
    scope.require(Role.ADMIN);
    const wk = parseWeekStart(weekStart, this.clock.now());
    const built = await this.buildWeek(wk, scope.actorId);
    await this.dataSource.transaction((manager) =>
      recordAudit(manager, { actorId: scope.actorId, action: 'generateDigests', entity: 'DigestWeek', entityId: wk.start, before: null, after: { built: built.length } }),
    );
    return this.ofWeek(wk.start);
  }

  /** The scheduled run (Monday 08:00 Asia/Shanghai): the week that just ended, unless told otherwise. */
  async runScheduled(weekStart?: string): Promise<{ weekStart: string; built: number; requeued: number }> {
    const wk = weekStart ? parseWeekStart(weekStart, this.clock.now()) : week(previousWeekStart(this.clock.now()));
    const built = await this.buildWeek(wk, null);
    const requeued = await this.reconcile();
    return { weekStart: wk.start, built: built.length, requeued };
  }

  /** Builds the digests of a week that do not exist yet; returns the ids it inserted. */
  async buildWeek(wk: Week, actorId: string | null): Promise<string[]> {
    const recipients = await this.users.digestRecipients();
    const existing: { recipient_id: string }[] = await this.dataSource.query('SELECT recipient_id FROM digests WHERE week_start = $1', [wk.start]);
    const have = new Set(existing.map((r) => String(r.recipient_id)));
    const missing = recipients.filter((r) => !have.has(r.id));
    if (missing.length === 0) return [];
    const groups = await this.subParks.groups();
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    const audienceOf = (r: (typeof missing)[number]): Audience =>
      r.role === Role.GROUP
        ? { key: `GROUP:${r.groupId ?? 'none'}`, name: groupName.get(r.groupId ?? '') ?? '集团', subParkIds: r.subParkIds }
        : { key: 'PARK', name: '全园区', subParkIds: null };
    // Recipients of one audience share its content: one set of queries and one MJML compile per audience, and the
    // registry's KPI figures come from one scan grouped by sub-park for every audience.
    const bySubPark = this.kpis.figuresBySubPark(wk.end, addDays(wk.end, -7)); // runs beside the audiences' lead queries
    bySubPark.catch(() => undefined); // awaited (and its error thrown) by every audience below
    const rendered = new Map<string, Promise<{ stats: DigestStats; rendered: RenderedDigest }>>();
    const contentOf = (a: Audience) => {
      let p = rendered.get(a.key);
      if (!p) {
        p = (async () => {
          const stats = await this.builder.stats(a, wk, await this.previousKpis(a.key, wk), this.clock.now(), bySubPark);
          return { stats, rendered: await renderDigest(stats, this.config.PUBLIC_URL) };
        })();
        rendered.set(a.key, p);
      }
      return p;
    };
    const audiences = new Map(missing.map((r) => [r.id, audienceOf(r)]));
    await Promise.all([...new Map([...audiences.values()].map((a) => [a.key, a])).values()].map(contentOf));
    const domain = /@([^>\s]+)>?\s*$/.exec(this.config.MAIL_FROM)?.[1] ?? 'lianzhao.local';
    const ids: string[] = (await this.dataSource.query(`SELECT nextval(pg_get_serial_sequence('digests', 'id'))::text AS id FROM generate_series(1, $1)`, [missing.length])).map((r: { id: string }) => r.id);
    const rows = await Promise.all(missing.map(async (r, i) => {
      const audience = audiences.get(r.id)!;
      const { stats, rendered: content } = await contentOf(audience);
      const id = ids[i]!;
      const { html, text } = personalise(content, r.name ?? r.email, id);
      return { id, recipientId: r.id, audience, stats, subject: content.subject, html, text, messageId: `<digest-${id}.${wk.start}.${r.id}@${domain}>` };
    }));
    // One transaction for the week: each digest row commits with its send job (the outbox) and its audit row, or
    // not at all; a digest another process built first (the unique key) is skipped and enqueues nothing.
    const inserted: string[] = await this.dataSource.transaction(async (manager) => {
      const done: { id: string }[] = await manager.query(
        `INSERT INTO digests (id, recipient_id, week_start, audience, sub_park_ids, stats, subject, html, text, message_id)
         OVERRIDING SYSTEM VALUE
         SELECT d.id, d.recipient_id, $1::date, d.audience, CASE WHEN d.sub_park_ids = 'null' THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(d.sub_park_ids))::bigint[] END,
                d.stats, d.subject, d.html, d.text, d.message_id
         FROM jsonb_to_recordset($2::jsonb) AS d(id bigint, recipient_id bigint, audience text, sub_park_ids jsonb, stats jsonb, subject text, html text, text text, message_id text)
         ORDER BY d.id
         ON CONFLICT (recipient_id, week_start) DO NOTHING RETURNING id::text`,
        [wk.start, JSON.stringify(rows.map((d) => ({
          id: d.id, recipient_id: d.recipientId, audience: d.audience.key, sub_park_ids: d.audience.subParkIds, stats: d.stats,
          subject: d.subject, html: d.html, text: d.text, message_id: d.messageId,
        })))],
      );
      const ok = new Set(done.map((d) => d.id));
      const built = rows.filter((d) => ok.has(d.id));
      await enqueueManyInTransaction(manager, built.map((d) => ({ name: 'SendDigest' as const, payload: { digestId: d.id } })));
      for (const d of built) {
        await recordAudit(manager, { actorId, action: 'buildDigest', entity: 'Digest', entityId: d.id, before: null, after: { recipientId: d.recipientId, weekStart: wk.start, audience: d.audience.key } });
      }
      return built.map((d) => d.id);
    });
    if (inserted.length) this.logger.log(`Digests of the week of ${wk.start}: ${inserted.length} built`);
    return inserted;
  }

  /** Last week's KPI figures of the same audience, when its digest exists: the change since last week is against what was reported. */
  private async previousKpis(audience: string, wk: Week): Promise<Map<string, number | null> | null> {
    const [row] = await this.dataSource.query(
      `SELECT stats->'kpis' AS kpis FROM digests WHERE audience = $1 AND week_start = ($2::date - 7) ORDER BY id LIMIT 1`,
      [audience, wk.start],
    );
    if (!row?.kpis) return null;
    return new Map((row.kpis as { code: string; actual: number | null }[]).map((k) => [k.code, k.actual]));
  }

  /**
   * Digests whose mail is still to go but whose send job may be gone (a job out of retries while SMTP was down, a
   * sender that died): enqueued again. The send itself decides, so an extra job never mails twice.
   */
  async reconcile(): Promise<number> {
    // A Monday run that failed outright (nothing built for the week that ended) is caught up within the hour.
    const last = week(previousWeekStart(this.clock.now()));
    const [built] = await this.dataSource.query('SELECT 1 FROM digests WHERE week_start = $1 LIMIT 1', [last.start]);
    if (!built && this.clock.now().getTime() >= last.to.getTime() + 8 * 3_600_000) await this.buildWeek(last, null);
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id::text FROM digests WHERE send_state IN ('PENDING', 'SENDING', 'FAILED') AND updated_at < now() - interval '1 minute' ORDER BY id LIMIT 10000`,
      );
      for (const r of rows) await enqueueInTransaction(manager, { name: 'SendDigest', payload: { digestId: r.id } });
      return rows.length;
    });
  }

  // ---------- sending ----------

  /** The SendDigest job. Throws (so BullMQ retries with backoff) only when the server refused or could not be reached. */
  async send(digestId: string): Promise<{ state: string }> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1, $2::int) AS locked', [SEND_LOCK, Number(digestId) % 2 ** 31]);
      if (!locked) return { state: 'SENDING (by another process)' };
      try {
        return await this.sendLocked(digestId, runner.manager);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, $2::int)', [SEND_LOCK, Number(digestId) % 2 ** 31]);
      }
    } finally {
      await runner.release();
    }
  }

  private async sendLocked(digestId: string, m: EntityManager): Promise<{ state: string }> {
    const [row]: (DigestRow & { opted_out: boolean })[] = await m.query(
      `SELECT ${COLUMNS}, EXISTS (SELECT 1 FROM digest_opt_outs o WHERE o.user_id = d.recipient_id) AS opted_out FROM digests d WHERE d.id = $1`,
      [digestId],
    );
    const [recipient] = row ? await usersByIds(m, [String(row.recipient_id)]) : [];
    if (!row || !recipient) return { state: 'GONE' };
    const d = { ...row, email: recipient.email, name: recipient.name };
    const set = (state: DigestSendState, extra = '', params: unknown[] = []) =>
      m.query(`UPDATE digests SET send_state = $2, updated_at = now() ${extra} WHERE id = $1`, [digestId, state, ...params]);
    switch (d.send_state) {
      case DigestSendState.SENT:
      case DigestSendState.NOT_MAILED:
      case DigestSendState.OPTED_OUT:
      case DigestSendState.UNCERTAIN:
        return { state: d.send_state };
      case DigestSendState.SENDING:
        // We hold the lock, so the process that set SENDING is gone (its session, and lock, died with it).
        if (d.handed_over_at) {
          await set(DigestSendState.UNCERTAIN, ', last_error = $3', [
            `发送中断：邮件已交给 SMTP 服务器（${d.handed_over_at.toISOString()}）但未收到回复；为免重复不自动重发（Message-ID ${d.message_id}）`,
          ]);
          this.logger.warn(`Digest ${digestId}: send interrupted after hand-over; marked UNCERTAIN, not resent`);
          return { state: DigestSendState.UNCERTAIN };
        }
        this.logger.warn(`Digest ${digestId}: send interrupted before hand-over; sending now`);
        break;
      default:
        break;
    }
    if (d.opted_out) {
      await set(DigestSendState.OPTED_OUT);
      return { state: DigestSendState.OPTED_OUT };
    }
    if (!this.config.SMTP_URL) {
      await set(DigestSendState.NOT_MAILED);
      return { state: DigestSendState.NOT_MAILED };
    }
    await set(DigestSendState.SENDING, ', send_attempts = send_attempts + 1, sending_started_at = now(), handed_over_at = NULL');
    try {
      const response = await sendOne(
        parseSmtpUrl(this.config.SMTP_URL),
        {
          from: this.config.MAIL_FROM,
          to: d.name ? `"${d.name.replace(/["\\]/g, '')}" <${d.email}>` : d.email,
          subject: d.subject,
          html: d.html,
          text: d.text,
          messageId: d.message_id,
          headers: { 'List-Unsubscribe': `<${this.config.PUBLIC_URL.replace(/\/+$/, '')}/settings>`, 'X-Lianzhao-Digest': `${d.id}` },
        },
        async () => {
          await m.query('UPDATE digests SET handed_over_at = now(), updated_at = now() WHERE id = $1', [digestId]);
        },
      );
      await set(DigestSendState.SENT, ', sent_at = now(), smtp_response = $3', [response]);
      return { state: DigestSendState.SENT };
    } catch (e) {
      const err = e instanceof SmtpSendError ? e : new SmtpSendError((e as Error).message, false);
      const message = `${new Date().toISOString()} ${err.message}`.slice(0, 2000);
      if (!err.definite) {
        await set(DigestSendState.UNCERTAIN, ', last_error = $3', [`连接在交付过程中断开，结果未知，不自动重发：${message}`]);
        return { state: DigestSendState.UNCERTAIN };
      }
      await set(DigestSendState.FAILED, ', last_error = $3', [message]);
      throw err;
    }
  }

  /** ADMIN: mail a FAILED or UNCERTAIN digest again (the same Message-ID, so a client can fold a duplicate). */
  async resend(scope: Scope, id: string): Promise<Digest> {
    scope.require(Role.ADMIN);
    if (!/^\d+$/.test(id)) throw notFound('Digest');
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query('SELECT send_state FROM digests WHERE id = $1 FOR UPDATE', [id]);
      if (!row) throw notFound('Digest');
      if (row.send_state === 'FAILED' || row.send_state === 'UNCERTAIN' || row.send_state === 'NOT_MAILED') {
        await manager.query(`UPDATE digests SET send_state = 'PENDING', updated_at = now() WHERE id = $1`, [id]);
        await enqueueInTransaction(manager, { name: 'SendDigest', payload: { digestId: id } });
      }
      await recordAudit(manager, { actorId: scope.actorId, action: 'resendDigest', entity: 'Digest', entityId: id, before: { sendState: row.send_state }, after: { sendState: 'PENDING' } });
    });
    return (await this.get(scope, id))!;
  }

  // ---------- reads and settings ----------

  private async ofWeek(weekStart: string): Promise<Digest[]> {
    const rows: DigestRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM digests d WHERE d.week_start = $1 ORDER BY d.recipient_id`, [weekStart]);
    return rows.map(toDigest);
  }

  /**
   * Newest first, paged with `after` (the last id seen). ADMIN sees every digest; anyone else their own. The list
   * leaves each digest's ~75 KB of HTML and text in the table: `content` loads them for the rows that ask.
   */
  async list(scope: Scope, first?: number | null, weekStart?: string | null, after?: string | null): Promise<Digest[]> {
    const n = pageSize(first);
    if (after != null && !/^\d{1,18}$/.test(after)) throw badInput('after', 'after: not a digest id');
    const rows: DigestRow[] = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS} FROM digests d WHERE ($1::bigint IS NULL OR d.recipient_id = $1) AND ($2::date IS NULL OR d.week_start = $2::date)
         AND ($4::bigint IS NULL OR (d.week_start, d.id) < (SELECT a.week_start, a.id FROM digests a WHERE a.id = $4))
       ORDER BY d.week_start DESC, d.id DESC LIMIT $3`,
      [scope.role === Role.ADMIN ? null : scope.userId, weekStart ?? null, n, after ?? null],
    );
    return rows.map(toDigest);
  }

  /** The stored HTML, text and numbers of digests by id (the rows a list returned without them). */
  async content(ids: readonly string[]): Promise<Map<string, { html: string; text: string; stats: string | null }>> {
    const rows: { id: string; html: string; text: string; stats: unknown }[] = await this.dataSource.query(
      'SELECT id::text, html, text, stats FROM digests WHERE id = ANY($1::bigint[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { html: r.html, text: r.text, stats: r.stats == null ? null : JSON.stringify(r.stats) }]));
  }

  async get(scope: Scope, id: string): Promise<Digest | null> {
    if (!/^\d+$/.test(id)) throw notFound('Digest');
    const [row]: DigestRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM digests d WHERE d.id = $1`, [id]);
    if (!row || (scope.role !== Role.ADMIN && String(row.recipient_id) !== scope.userId)) throw notFound('Digest');
    return toDigest(row);
  }

  async settings(scope: Scope): Promise<{ mail: boolean }> {
    const [row] = await this.dataSource.query('SELECT 1 FROM digest_opt_outs WHERE user_id = $1', [scope.userId]);
    return { mail: !row };
  }

  /** The caller's own choice: mail the digest or only keep it in the archive. */
  async setMail(scope: Scope, mail: boolean): Promise<{ mail: boolean }> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.query('SELECT 1 FROM digest_opt_outs WHERE user_id = $1 FOR UPDATE', [scope.userId]);
      if (mail) await manager.query('DELETE FROM digest_opt_outs WHERE user_id = $1', [scope.userId]);
      else await manager.query('INSERT INTO digest_opt_outs (user_id) VALUES ($1) ON CONFLICT DO NOTHING', [scope.userId]);
      await recordAudit(manager, { actorId: scope.actorId, action: 'setDigestMail', entity: 'User', entityId: scope.userId, before: { digestMail: before.length === 0 }, after: { digestMail: mail } });
    });
    return { mail };
  }
}
