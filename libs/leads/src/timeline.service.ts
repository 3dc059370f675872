import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChainsService } from '../../chains/src/chains.service.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { usersByIds } from '../../identity/src/user-loader.js';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/src/index.js';
import { describeChanges, type FieldNames } from './lead-field-words.js';
import { STAGE_NAMES } from './lead-stage.js';
import type { ActivityType, TimelineEntry, TimelinePage } from './leads.models.js';
import { LeadsRepository, type TimelineRow } from './leads.repository.js';
import { LeadsService, toActivity } from './leads.service.js';

const ACTIVITY_NAMES: Record<ActivityType, string> = { VISIT: '走访', CALL: '电话', MEETING: '会谈', NOTE: '备注' };

/** Stage changes, activities and field edits of one lead on one timeline, newest first, keyset-paged. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: LeadsRepository,
    private readonly leads: LeadsService,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
  ) {}

  async page(scope: Scope, leadId: string, first?: number, after?: string): Promise<TimelinePage> {
    await this.leads.get(scope, leadId); // NOT_FOUND outside the caller's scope
    const n = pageSize(first);
    const cursor = after ? (decodeCursor(after, ['timestamp', 'text', 'id']) as [unknown, unknown, unknown]) : undefined;
    const rows = await this.repo.timeline(leadId, n + 1, cursor);
    const page = rows.slice(0, n);
    const names = await this.namesFor(page);
    const last = page[page.length - 1];
    return {
      entries: page.map((r) => toEntry(r, leadId, names)),
      pageInfo: { hasNextPage: rows.length > n, endCursor: last ? encodeCursor([last.at.toISOString(), last.kind, String(last.id)]) : null },
    };
  }

  /** The people, nodes and sub-parks the page's edits mention, looked up once for the page. */
  private async namesFor(rows: TimelineRow[]): Promise<FieldNames> {
    const changes = rows.flatMap((r) => r.changes ?? []);
    const valuesOf = (field: string) => [...new Set(changes.filter((c) => c.field === field).flatMap((c) => [c.old, c.new]).filter((v) => v !== null && v !== undefined).map(String))];
    const userIds = valuesOf('owner_id');
    const nodeCodes = valuesOf('node_code');
    const [users, nodes, parks] = await Promise.all([
      userIds.length ? usersByIds(this.dataSource, userIds) : [],
      nodeCodes.length ? this.chains.nodesByCodes(nodeCodes) : new Map(),
      valuesOf('sub_park_id').length ? this.subParks.list() : [],
    ]);
    return {
      users: new Map(users.map((u) => [u.id, u.name ?? u.email])),
      nodes: new Map([...nodes.entries()].map(([code, node]) => [code, node.name])),
      subParks: new Map(parks.map((p) => [p.id, p.name])),
    };
  }
}

function toEntry(r: TimelineRow, leadId: string, names: FieldNames): TimelineEntry {
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
  return { ...base, summary: `修改 ${describeChanges(r.changes ?? [], names)}` };
}
