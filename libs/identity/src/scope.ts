import { forbidden } from '../../platform/src/index.js';
import { Role } from './role.js';

/**
 * What one caller may see and do, built once per request from the verified token. Every service takes it
 * and asks it; no service reads roles or sub-parks from client input.
 */
export class Scope {
  constructor(
    readonly userId: string,
    readonly role: Role,
    /** OFFICER: the sub-parks they work in; GROUP: the sub-parks their group runs; others: unused. */
    readonly subParkIds: readonly string[],
    readonly groupId: string | null = null,
  ) {}

  /** The system itself (a background job proposing leads): full rights, no user to blame in the audit log. */
  static system(): Scope {
    return new Scope('', Role.ADMIN, []);
  }

  /** The user to record as author, or null for the system. */
  get actorId(): string | null {
    return this.userId === '' ? null : this.userId;
  }

  /** ADMIN and MANAGER see every record of the park. */
  get seesAll(): boolean {
    return this.role === Role.ADMIN || this.role === Role.MANAGER;
  }

  require(...roles: Role[]): void {
    if (!roles.includes(this.role)) throw forbidden(`This needs the role ${roles.join(' or ')}`);
  }

  canReadSubPark(subParkId: string | null): boolean {
    if (this.seesAll) return true;
    return subParkId !== null && this.subParkIds.includes(subParkId);
  }

  /** Sub-park-scoped records (leads) are written by officers of that sub-park, managers and admins; never by groups. */
  canWriteSubPark(subParkId: string | null): boolean {
    if (this.seesAll) return true;
    return this.role === Role.OFFICER && subParkId !== null && this.subParkIds.includes(subParkId);
  }

  /**
   * The SQL restriction for sub-park-scoped rows: `null` means no restriction. Repositories append
   * `AND <column> = ANY($n)` with these ids, so lists, counts and sums all see the same rows.
   */
  visibleSubParkIds(): readonly string[] | null {
    return this.seesAll ? null : this.subParkIds;
  }
}
