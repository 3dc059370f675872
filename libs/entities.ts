import { AuditLogEntity } from './platform/src/audit/audit-log.entity.js';
import { GroupEntity } from './identity/src/group.entity.js';
import { SubParkEntity } from './identity/src/sub-park.entity.js';
import { UserEntity } from './identity/src/user.entity.js';
import { OutboxRow } from './platform/src/queue/outbox.entity.js';

/** Every TypeORM entity, listed explicitly (no globs: ESM and bundlers cannot glob reliably). */
export const ENTITIES = [OutboxRow, GroupEntity, SubParkEntity, UserEntity, AuditLogEntity];
