import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Scope } from '../../identity/src/scope.js';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/src/index.js';
import { LeadStage, STAGE_NAMES } from './lead-stage.js';
import type { ActivityType, TimelineEntry, TimelinePage } from './leads.models.js';
import { LeadsService, toActivity } from './leads.service.js';

const ACTIVITY_NAMES: Record<ActivityType, string> = { VISIT: '走访', CALL: '电话', MEETING: '会谈', NOTE: '备注' };

interface TimelineRow {
  kind: 'STAGE_CHANGE' | 'ACTIVITY' | 'FIELD_CHANGE';
  at: Date;
  id: string;
  actor_id: string | null;
  from_stage: LeadStage | null;
  to_stage: LeadStage | null;
  reason: string | null;
  type: ActivityType | null;
  summary: string | null;
  participants: string[] | null;
  next_step: string | null;
  changes: { field: string; old: unknown; new: unknown }[] | null;
}

/** Stage changes, activities and field edits of one lead on one timeline, newest first, keyset-paged. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadsService,
  ) {}

  async page(scope: Scope, leadId: string, first?: number, after?: string): Promise<TimelinePage> {
    await this.leads.get(scope, leadId); // NOT_FOUND outside the caller's scope
    const n = pageSize(first);
    const params: unknown[] = [leadId, n + 1];
    let cursorSql = '';
    if (after) {
      const [at, kind, id] = decodeCursor(after, 3);
      params.push(at, kind, id);
      cursorSql = 'WHERE (t.at, t.kind, t.id) < ($3::timestamptz, $4::text, $5::bigint)';
    }
    const rows: TimelineRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT 'STAGE_CHANGE' AS kind, at, id, actor_id, from_stage, to_stage, reason, NULL AS type, NULL AS summary,
                NULL::text[] AS participants, NULL AS next_step, NULL::jsonb AS changes
         FROM lead_stage_changes WHERE lead_id = $1
         UNION ALL
         SELECT 'ACTIVITY', occurred_at, id, actor_id, NULL, NULL, NULL, type, summary, participants, next_step, NULL
         FROM lead_activities WHERE lead_id = $1
         UNION ALL
         SELECT 'FIELD_CHANGE', at, id, actor_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, changes
         FROM audit_log WHERE entity = 'Lead' AND entity_id = $1::text AND action IN ('updateLead', 'reassignLead')
       ) t ${cursorSql}
       ORDER BY t.at DESC, t.kind DESC, t.id DESC LIMIT $2`,
      params,
    );
    const page = rows.slice(0, n);
    const last = page[page.length - 1];
    return {
      entries: page.map((r) => toEntry(r, leadId)),
      pageInfo: { hasNextPage: rows.length > n, endCursor: last ? encodeCursor([last.at.toISOString(), last.kind, String(last.id)]) : null },
    };
  }
}

function toEntry(r: TimelineRow, leadId: string): TimelineEntry {
  const base = { kind: r.kind, at: r.at.toISOString(), actorId: r.actor_id === null ? null : String(r.actor_id), stageChange: null, activity: null };
  if (r.kind === 'STAGE_CHANGE') {
    const from = r.from_stage ? STAGE_NAMES[r.from_stage] : '新建';
    return {
      ...base,
      summary: `${from} → ${STAGE_NAMES[r.to_stage!]}${r.reason ? `（${r.reason}）` : ''}`,
      stageChange: { from: r.from_stage, to: r.to_stage!, at: base.at, reason: r.reason, actorId: base.actorId },
    };
  }
  if (r.kind === 'ACTIVITY') {
    const activity = toActivity({ id: r.id, lead_id: leadId, type: r.type!, occurred_at: r.at, summary: r.summary!, participants: r.participants ?? [], next_step: r.next_step, actor_id: r.actor_id });
    return { ...base, summary: `[${ACTIVITY_NAMES[r.type!]}] ${r.summary}`, activity };
  }
  const changes = (r.changes ?? []).map((c) => `${c.field}: ${c.old ?? '—'} → ${c.new ?? '—'}`);
  return { ...base, summary: `修改 ${changes.join('; ')}` };
}
