import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../platform/src/index.js';
import { Role } from './role.js';

export const IDENTITY_CHANGED_CHANNEL = 'lz_identity_changed';
/** Callers kept; past this the cache starts over (a few hundred officers use the park's system). */
const MAX_ENTRIES = 10_000;

/** What a scope is made of, as the database says now. */
export interface AccessFacts {
  role: Role;
  subParkIds: readonly string[];
  groupId: string | null;
  /** A token signed at another version (before a password reset) proves nothing. */
  tokenVersion: number;
}

/**
 * The per-request source of who a caller is: role, sub-parks and whether they may sign in at all, read from the
 * database, not from the token (which only proves who is asking). Kept in memory, keyed by user, under an epoch that
 * moves on every committed identity change anywhere (PostgreSQL NOTIFY on `lz_identity_changed`, migration
 * IdentityChecks) and on this process's own changes; while the listening connection is down nothing is kept, so
 * a change is never missed — each request then reads one row.
 */
@Injectable()
export class AccessCache implements OnModuleDestroy {
  private readonly logger = new Logger(AccessCache.name);
  private readonly entries = new Map<string, { epoch: number; facts: AccessFacts | null }>();
  private epoch = 0;
  private live = false;
  private client: pg.Client | null = null;
  private started = false;
  private closing = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The caller's current facts, or null when the user no longer exists or is deactivated. */
  async facts(userId: string): Promise<AccessFacts | null> {
    if (!this.started) this.start();
    const hit = this.cached(userId);
    if (hit !== undefined) return hit;
    const epoch = this.epoch;
    const facts = await this.load(userId);
    if (this.live && epoch === this.epoch) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(userId, { epoch, facts });
    }
    return facts;
  }

  /** Without a query: the facts when a fresh entry is kept, else undefined (the caller must then ask `facts`). */
  cached(userId: string): AccessFacts | null | undefined {
    const e = this.live ? this.entries.get(userId) : undefined;
    return e && e.epoch === this.epoch ? e.facts : undefined;
  }

  /** After this process changed users or sub-parks: its next request reads the change, not the cache. */
  invalidate(): void {
    this.epoch++;
    this.entries.clear();
  }

  private async load(userId: string): Promise<AccessFacts | null> {
    if (!/^\d{1,19}$/.test(userId)) return null;
    const [row]: { role: Role; group_id: string | null; active: boolean; token_version: number; sub_park_ids: string[] }[] = await this.dataSource.query(
      `SELECT u.role, u.group_id, u.deactivated_at IS NULL AS active, u.token_version,
              CASE u.role
                WHEN 'OFFICER' THEN ARRAY(SELECT s.sub_park_id::text FROM user_sub_parks s WHERE s.user_id = u.id ORDER BY 1)
                WHEN 'GROUP' THEN ARRAY(SELECT p.id::text FROM sub_parks p WHERE p.group_id = u.group_id ORDER BY p.id)
                ELSE '{}'::text[] END AS sub_park_ids
       FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (!row || !row.active) return null;
    return { role: row.role, subParkIds: row.sub_park_ids, groupId: row.group_id === null ? null : String(row.group_id), tokenVersion: row.token_version };
  }

  private start(): void {
    this.started = true;
    void this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'lianzhao-identity-listen', keepAlive: true });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      this.invalidate();
      client.end().catch(() => undefined);
      if (this.closing) return;
      this.logger.warn(`Identity change notifications lost (${why}); every request reads its caller until they are back`);
      this.retry = setTimeout(() => void this.listen(), 1000);
    };
    this.client = client;
    client.on('notification', () => this.invalidate());
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    try {
      await client.connect();
      await client.query(`LISTEN ${IDENTITY_CHANGED_CHANNEL}`);
      this.invalidate();
      this.live = true;
    } catch (error) {
      lost((error as Error).message);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }
}
