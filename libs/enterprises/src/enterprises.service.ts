import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChainsService } from '../../chains/src/chains.service.js';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { badInput, Clock, conflict, enqueueInTransaction, forbidden, notFound, pageSize, recordAudit, shanghaiDate } from '../../platform/src/index.js';
import { applyInput, EMPTY_RECORD, rowToRecord } from './enterprise-record.js';
import { checkEnterprise, FIELD_LABELS, type EnterpriseRecord, type ReferenceData } from './enterprise-rules.js';
import { toEnterprise } from './enterprise-row.js';
import type { EnterpriseFilter, EnterpriseInput } from './enterprise.input.js';
import { EnterpriseSort, type Enterprise, type EnterpriseConnection } from './enterprises.models.js';
import { EnterprisesRepository } from './enterprises.repository.js';

export const REGISTRY_WRITERS = [Role.OFFICER, Role.MANAGER, Role.ADMIN];

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: EnterprisesRepository,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
    private readonly clock: Clock,
  ) {}

  /** Every signed-in role reads the registry. */
  async get(_scope: Scope, by: { id?: string; uscc?: string }): Promise<Enterprise | null> {
    if (by.id === undefined && by.uscc === undefined) throw badInput('id', 'id: give an id or a uscc');
    if (by.id !== undefined && !/^\d+$/.test(by.id)) return null;
    const row = await this.repo.findOne(by.id !== undefined ? { id: by.id } : { uscc: by.uscc!.trim().toUpperCase() });
    return row ? toEnterprise(row) : null;
  }

  async list(_scope: Scope, filter: EnterpriseFilter | undefined, sort: EnterpriseSort, first?: number, after?: string): Promise<EnterpriseConnection & { filter?: EnterpriseFilter }> {
    const { rows, hasNextPage, cursors } = await this.repo.page(filter, sort, pageSize(first), after);
    return {
      edges: rows.map((r, i) => ({ cursor: cursors[i], node: toEnterprise(r) })),
      pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
      filter,
    };
  }

  count(_scope: Scope, filter: EnterpriseFilter | undefined): Promise<number> {
    return this.repo.count(filter);
  }

  /** A count that stops at limit + 1: the registry's header after every filter change, over a million firms. */
  boundedCount(_scope: Scope, filter: EnterpriseFilter | undefined, limit: number): Promise<number> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw badInput('limit', 'limit: between 1 and 100000');
    return this.repo.count(filter, limit + 1);
  }

  async create(scope: Scope, input: EnterpriseInput): Promise<Enterprise> {
    scope.require(...REGISTRY_WRITERS);
    const record = applyInput({ ...EMPTY_RECORD, uscc: '', name: '', status: 'CANDIDATE' }, input);
    checkSubParkMove(scope, null, record.subParkId);
    return this.dataSource.transaction(async (manager) => {
      await this.validate(record);
      const existing = await this.repo.findOne({ uscc: record.uscc }, manager);
      if (existing) throw badInput('uscc', `uscc: ${record.uscc} is already registered (${existing.name})`);
      const row = await this.repo.insert(manager, record);
      if (input.contacts !== undefined || input.riskStatus !== undefined) {
        await manager.query('UPDATE enterprises SET contacts = $2, risk_status = $3 WHERE id = $1', [row.id, JSON.stringify(input.contacts ?? []), input.riskStatus ?? 'NORMAL']);
      }
      await this.afterWrite(manager, scope, 'createEnterprise', String(row.id), null, record);
      return toEnterprise((await this.repo.findOne({ id: String(row.id) }, manager))!);
    });
  }

  async update(scope: Scope, id: string, input: EnterpriseInput): Promise<Enterprise> {
    scope.require(...REGISTRY_WRITERS);
    if (input.version === undefined || input.version === null) throw badInput('version', 'version: send the version you read, so no one else\'s change is overwritten');
    if (!/^\d+$/.test(id)) throw notFound('Enterprise');
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repo.findOne({ id }, manager, true);
      if (!current) throw notFound('Enterprise');
      if (current.version !== input.version) throw conflict(`This enterprise was changed by someone else (version ${current.version}, yours ${input.version}); reload and try again`);
      const nodes = (await this.repo.nodesOf([id], manager)).map((n) => ({ code: n.node_code, role: n.role as EnterpriseRecord['chainNodes'][number]['role'] }));
      const before = rowToRecord(current, nodes);
      const record = applyInput(before, input);
      checkSubParkMove(scope, before.subParkId, record.subParkId);
      await this.validate(record);
      if (record.uscc !== before.uscc && (await this.repo.findOne({ uscc: record.uscc }, manager))) {
        throw badInput('uscc', `uscc: ${record.uscc} is already registered to another enterprise`);
      }
      const row = await this.repo.update(manager, id, input.version, record, { contacts: input.contacts, riskStatus: input.riskStatus });
      if (!row) throw conflict();
      await this.afterWrite(manager, scope, 'updateEnterprise', id, { ...before, contacts: current.contacts, riskStatus: current.risk_status }, { ...record, contacts: row.contacts, riskStatus: row.risk_status });
      return toEnterprise(row);
    });
  }

  /** The domain rules shared with the import; the first problem names its field. */
  private async validate(record: EnterpriseRecord): Promise<void> {
    const ref = await this.referenceData(record);
    const [problem] = checkEnterprise(record, ref);
    if (problem) {
      const label = FIELD_LABELS[problem.field as keyof typeof FIELD_LABELS];
      throw badInput(String(problem.field), `${String(problem.field)}: ${problem.en}`, { messageZh: `${label?.zh ?? problem.field} ${problem.zh}` });
    }
  }

  /** The chain map and the sub-parks, read through their owners (a handful of rows, in the change's transaction or not: both are reference data). */
  private async referenceData(record: EnterpriseRecord): Promise<ReferenceData> {
    const [nodes, parks] = await Promise.all([this.chains.nodesByCodes(record.chainNodes.map((n) => n.code)), this.subParks.list()]);
    return {
      nodeCodes: new Set(nodes.keys()),
      subParkIds: new Set(parks.map((p) => p.id).filter((id) => id === String(record.subParkId ?? ''))),
      today: shanghaiDate(this.clock.now()),
    };
  }

  /** Audit and "re-profile this enterprise" commit with the change itself. */
  private async afterWrite(manager: EntityManager, scope: Scope, action: string, id: string, before: object | null, after: object): Promise<void> {
    await recordAudit(manager, { actorId: scope.userId, action, entity: 'Enterprise', entityId: id, before: before as Record<string, unknown> | null, after: after as Record<string, unknown> });
    await enqueueInTransaction(manager, { name: 'ProfileEnterprise', payload: { enterpriseId: id }, dedupeKey: `profile:${id}` });
  }
}

export { EnterpriseSort };

/**
 * Registry writes and sub-parks (issue 11, item 12): the registry is the park's shared list — any officer may record
 * any enterprise and correct its facts, as candidates are courted park-wide, and may place a new or unplaced one in
 * any sub-park — but an enterprise that belongs to a sub-park is that sub-park's: only its officers (handing it over
 * or taking it out), managers and administrators may change its `subParkId`. The import applies the same rule
 * (enterprise-import.service.ts).
 */
export function checkSubParkMove(scope: Scope, from: string | null, to: string | null): void {
  if (from === to || from === null || scope.seesAll) return;
  if (!scope.subParkIds.includes(from)) {
    throw forbidden('This enterprise belongs to a sub-park you do not work in: only its officers, managers or administrators may move it');
  }
}
