import { Injectable } from '@nestjs/common';
import type { Scope } from '../../identity/src/scope.js';
import { pageSize } from '../../platform/src/index.js';
import type { Notification } from './leads.models.js';
import { LeadsRepository } from './leads.repository.js';

/** In-app notifications (a lead went stale, a lead was assigned): each user reads and clears only their own. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repo: LeadsRepository) {}

  async mine(scope: Scope, unreadOnly: boolean, first: number | undefined): Promise<Notification[]> {
    const rows = await this.repo.notifications(scope.userId, unreadOnly, pageSize(first, 50, 200));
    return rows.map((r) => ({
      id: String(r.id), kind: r.kind, title: r.title, body: r.body, leadId: r.lead_id === null ? null : String(r.lead_id), createdAt: r.created_at, readAt: r.read_at,
    }));
  }

  markRead(scope: Scope, ids: string[]): Promise<number> {
    return this.repo.markNotificationsRead(scope.userId, ids.filter((id) => /^\d{1,18}$/.test(id)));
  }
}
