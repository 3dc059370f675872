import { chainNodesRel } from '../../chains/src/chain-sql.js';
import { decodeCursor, encodeCursor } from '../../platform/src/index.js';
import type { EnterpriseFilter } from './enterprise.input.js';
import { EnterpriseSort } from './enterprises.models.js';
import type { ScoreRelation } from './registry-scores.module.js';

/** A parameterised SQL fragment: the WHERE conditions of a filter, reused by lists, counts and exports. */
export interface SqlWhere {
  conditions: string[];
  params: unknown[];
  /** Set when the filter or sort needs the profile (score, badges): an inner join, so unprofiled firms drop out. */
  joinProfile?: boolean;
}

const USCC_PREFIX = /^[0-9A-HJ-NPQRTUWXY]{2,18}$/i;
const PINYIN_INITIALS = /^[a-z][a-z0-9]{1,29}$/i;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every condition here has an index behind it (see the chains-and-registry migration). */
export function enterpriseWhere(filter: EnterpriseFilter | undefined): SqlWhere {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const text = filter?.text?.trim();
  if (text) {
    const any = [`e.name ILIKE ${p(`%${escapeLike(text)}%`)}`];
    if (USCC_PREFIX.test(text)) any.push(`e.uscc LIKE ${p(`${escapeLike(text.toUpperCase())}%`)}`);
    // Pinyin initials (“shhocb” finds 上海海鸥船舶…): name_initials is generated from the name (trigram-indexed).
    if (PINYIN_INITIALS.test(text)) any.push(`e.name_initials LIKE ${p(`%${text.toLowerCase()}%`)}`);
    conditions.push(any.length > 1 ? `(${any.join(' OR ')})` : any[0]);
  }
  if (filter?.status) conditions.push(`e.status = ${p(filter.status)}`);
  if (filter?.subParkId) conditions.push(`e.sub_park_id = ${p(filter.subParkId)}`);
  if (filter?.listingStatus) conditions.push(`e.listing_status = ${p(filter.listingStatus)}`);
  if (filter?.tags?.length) conditions.push(`e.tags @> ${p(filter.tags)}::text[]`);
  if (filter?.nodeCode) {
    conditions.push(`EXISTS (SELECT 1 FROM enterprise_nodes en WHERE en.enterprise_id = e.id AND en.node_code = ${p(filter.nodeCode)})`);
  }
  if (filter?.chain) {
    conditions.push(
      `EXISTS (SELECT 1 FROM enterprise_nodes en JOIN ${chainNodesRel('cn')} ON cn.code = en.node_code
               WHERE en.enterprise_id = e.id AND cn.chain_code = ${p(filter.chain)})`,
    );
  }
  const where: SqlWhere = { conditions, params };
  if (filter?.badges?.length) {
    conditions.push(`ep.badges @> ${p(filter.badges)}::text[]`);
    where.joinProfile = true;
  }
  if (filter?.minScore !== undefined && filter?.minScore !== null) {
    conditions.push(`ep.total >= ${p(filter.minScore)}`);
    where.joinProfile = true;
  }
  return where;
}

interface SortSpec {
  /** SQL of the sort key and its direction; id breaks ties so the order is total. */
  key: string;
  desc: boolean;
  value: (row: { name: string; updated_at: Date; profile_total?: string | null }) => string | number;
  cast: string;
  /** What the cursor holds for the key. */
  cursor: 'text' | 'timestamp' | 'number?';
}

export const SORTS: Record<EnterpriseSort, SortSpec> = {
  [EnterpriseSort.NAME]: { key: 'e.name', desc: false, value: (r) => r.name, cast: '::text', cursor: 'text' },
  [EnterpriseSort.UPDATED]: { key: 'e.updated_at', desc: true, value: (r) => r.updated_at.toISOString(), cast: '::timestamptz', cursor: 'timestamp' },
  [EnterpriseSort.SCORE]: { key: 'ep.total', desc: true, value: (r) => String(r.profile_total), cast: '::numeric', cursor: 'number?' },
};

/** Adds the keyset condition "after this cursor" and returns ORDER BY; the row comparison uses the (key, id) index. */
export function keyset(where: SqlWhere, sort: EnterpriseSort, after: string | undefined): string {
  const spec = SORTS[sort];
  if (sort === EnterpriseSort.SCORE) where.joinProfile = true;
  const dir = spec.desc ? 'DESC' : 'ASC';
  if (after) {
    const [value, id] = decodeCursor(after, [spec.cursor, 'id']);
    const cmp = spec.desc ? '<' : '>';
    const cast = spec.cast;
    where.params.push(value, id);
    where.conditions.push(`(${spec.key}, e.id) ${cmp} ($${where.params.length - 1}${cast}, $${where.params.length}::bigint)`);
  }
  return `ORDER BY ${spec.key} ${dir}, e.id ${dir}`;
}

export function cursorOf(sort: EnterpriseSort, row: { id: string; name: string; updated_at: Date; profile_total?: string | null }): string {
  return encodeCursor([SORTS[sort].value(row), String(row.id)]);
}

/** `scores`: the profiles' stored scores (see registry-scores.module.ts), joined only when the filter or sort needs them. */
export const fromSql = (w: SqlWhere, scores: ScoreRelation) =>
  `enterprises e${w.joinProfile ? ` JOIN ${scores('ep')} ON ep.enterprise_id = e.id` : ''} ${w.conditions.length ? `WHERE ${w.conditions.join(' AND ')}` : ''}`;
