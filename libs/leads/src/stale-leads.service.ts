import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { badInput, Clock, recordAudit, shanghaiDate } from '../../platform/src/index.js';
import { LeadStage, STAGE_NAMES } from './lead-stage.js';

/**
 * A lead is stale when nothing was logged on it for longer than its stage allows (stage_idle_limits). One
 * set-based statement refreshes every flag and notifies each owner once per lead and day; the worker runs it
 * hourly, and it is safe to run from any number of processes at once.
 */
@Injectable()
export class StaleLeadsService {
  private readonly logger = new Logger(StaleLeadsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async refresh(now: Date = this.clock.now()): Promise<{ flagged: number; cleared: number }> {
    const [row] = await this.dataSource.query(
      `WITH computed AS (
         SELECT l.id, (lim.max_idle_days IS NOT NULL AND
                       greatest(l.last_activity_at, l.stage_entered_at) < $1::timestamptz - make_interval(days => lim.max_idle_days)) AS should
         FROM leads l JOIN stage_idle_limits lim ON lim.stage = l.stage
       ), changed AS (
         UPDATE leads l SET stale = c.should FROM computed c
         WHERE c.id = l.id AND l.stale IS DISTINCT FROM c.should
         RETURNING l.id, l.owner_id, l.title, l.stage, l.stale
       ), notified AS (
         INSERT INTO notifications (user_id, kind, title, body, lead_id, dedupe_key)
         SELECT ch.owner_id, 'LEAD_STALE', '项目久未跟进：' || ch.title,
                '「' || ch.title || '」在' || s.name || '阶段已超过 ' || lim.max_idle_days || ' 天没有跟进记录', ch.id, 'stale:' || ch.id || ':' || $2
         FROM changed ch JOIN stage_idle_limits lim ON lim.stage = ch.stage
         JOIN (SELECT * FROM jsonb_each_text($3::jsonb)) s(stage, name) ON s.stage = ch.stage
         WHERE ch.stale AND ch.owner_id IS NOT NULL
         ON CONFLICT (user_id, dedupe_key) DO NOTHING
       )
       SELECT count(*) FILTER (WHERE stale)::int AS flagged, count(*) FILTER (WHERE NOT stale)::int AS cleared FROM changed`,
      [now, shanghaiDate(now), JSON.stringify(STAGE_NAMES)],
    );
    if (row.flagged || row.cleared) this.logger.log(`Stale leads: ${row.flagged} flagged, ${row.cleared} cleared`);
    return row;
  }

  /** MANAGER / ADMIN: refresh now instead of waiting for the hourly run. */
  refreshNow(scope: Scope): Promise<{ flagged: number; cleared: number }> {
    scope.require(Role.MANAGER, Role.ADMIN);
    return this.refresh();
  }

  async limits(): Promise<{ stage: LeadStage; maxIdleDays: number | null }[]> {
    const rows = await this.dataSource.query('SELECT stage, max_idle_days FROM stage_idle_limits');
    return rows.map((r: { stage: LeadStage; max_idle_days: number | null }) => ({ stage: r.stage, maxIdleDays: r.max_idle_days }));
  }

  /** ADMIN: how long a lead may sit idle in a stage (null: never stale). */
  async setLimit(scope: Scope, stage: LeadStage, maxIdleDays: number | null): Promise<void> {
    scope.require(Role.ADMIN);
    if (maxIdleDays !== null && (!Number.isInteger(maxIdleDays) || maxIdleDays < 1 || maxIdleDays > 3650)) {
      throw badInput('maxIdleDays', 'maxIdleDays: must be 1-3650 days, or null');
    }
    await this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query('SELECT max_idle_days FROM stage_idle_limits WHERE stage = $1 FOR UPDATE', [stage]);
      await manager.query('UPDATE stage_idle_limits SET max_idle_days = $2 WHERE stage = $1', [stage, maxIdleDays]);
      await recordAudit(manager, { actorId: scope.userId, action: 'setStageIdleLimit', entity: 'StageIdleLimit', entityId: stage, before: { maxIdleDays: before?.max_idle_days ?? null }, after: { maxIdleDays } });
    });
  }
}
