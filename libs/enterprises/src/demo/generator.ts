/**
 * Deterministic synthetic enterprises for demos, imports and benchmarks.
 *
 * Every row is a pure function of (seed, index): each index gets its own PRNG, so a run split into
 * chunks with `startIndex` yields exactly the rows of one long run, and memory stays constant.
 * USCCs and names encode the index bijectively, so they are unique without remembering anything.
 */
import { makeUscc, USCC_ALPHABET } from '../uscc.js';
import type { ChainRole } from '../vocabulary.js';
import { ALL_NODES, SUB_PARKS, type ChainCode, type NodeSeed } from '../../../chains/src/chain-map.seed.js';

export type DemoRole = ChainRole;

export interface DemoEnterprise {
  uscc: string;
  name: string;
  status: 'IN_PARK' | 'CANDIDATE';
  subParkCode: string | null;
  region: string;
  chainNodes: { code: string; role: DemoRole }[];
  foundedOn: string /*YYYY-MM-DD*/;
  registeredCapital: number;
  employees: number;
  techStaff: number;
  revenue: number;
  revenuePrevYear: number;
  output: number;
  rdExpense: number;
  inventionPatents: number;
  highValuePatents: number;
  hightechCertifiedOn: string | null;
  srdiLevel: 'NONE' | 'SRDI' | 'LITTLE_GIANT';
  listingStatus: 'NONE' | 'STAR_RESERVE' | 'LISTED' | 'UNICORN';
  financingRound: string | null;
  financingAmount: number | null;
  financingDate: string | null;
  tags: string[];
  expansionSignals: string[];
}

export interface GenerateOptions {
  seed?: number;
  /** Share of rows that are in-park enterprises; the rest are external candidates. */
  inParkShare?: number;
  /** The "today" of the data set (YYYY-MM-DD); fixed by default so output is reproducible. */
  asOf?: string;
  startIndex?: number;
}

/** PRODUCT.md's import columns, in order. */
export const IMPORT_COLUMNS = [
  'uscc', 'name', 'status', 'subPark', 'region', 'chainNodes', 'foundedOn', 'registeredCapital',
  'employees', 'techStaff', 'revenue', 'revenuePrevYear', 'output', 'rdExpense', 'inventionPatents',
  'highValuePatents', 'hightechCertifiedOn', 'srdiLevel', 'listingStatus', 'financingRound',
  'financingAmount', 'financingDate', 'tags',
] as const;

export const EXPANSION_SIGNALS = ['新设分支机构', '扩大招聘', '新一轮融资', '拟新建厂房', '寻找用地'] as const;

// ---------- reference tables ----------

/** [region, city as used in names (always 2 characters), administrative division code, weight]. */
const REGIONS: [string, string, string, number][] = [
  ['上海市崇明区', '上海', '310151', 6], ['上海市浦东新区', '上海', '310115', 12], ['上海市闵行区', '上海', '310112', 5],
  ['上海市嘉定区', '上海', '310114', 4], ['上海市宝山区', '上海', '310113', 3], ['上海市松江区', '上海', '310117', 3],
  ['江苏省南通市', '南通', '320600', 7], ['江苏省苏州市', '苏州', '320500', 8], ['江苏省无锡市', '无锡', '320200', 4],
  ['江苏省南京市', '南京', '320100', 4], ['江苏省泰州市', '泰州', '321200', 3], ['江苏省扬州市', '扬州', '321000', 2],
  ['浙江省宁波市', '宁波', '330200', 6], ['浙江省杭州市', '杭州', '330100', 7], ['浙江省舟山市', '舟山', '330900', 2],
  ['安徽省合肥市', '合肥', '340100', 4], ['广东省深圳市', '深圳', '440300', 5], ['广东省广州市', '广州', '440100', 2],
  ['北京市海淀区', '北京', '110108', 4], ['山东省青岛市', '青岛', '370200', 3], ['辽宁省大连市', '大连', '210200', 2],
  ['湖北省武汉市', '武汉', '420100', 2], ['四川省成都市', '成都', '510100', 2],
];
const IN_PARK_REGION = REGIONS[0]!;

interface ChainProfile {
  share: number;
  /** Revenue per employee (万元) multiplier: shipbuilding is capital-heavy, software is not. */
  productivity: number;
  techShare: [number, number];
  rdBoost: number;
  patentBoost: number;
  financing: number;
  subParks: [string, number][];
}

const CHAINS: Record<ChainCode, ChainProfile> = {
  MARINE_EQUIPMENT: {
    share: 0.4, productivity: 1.4, techShare: [0.1, 0.35], rdBoost: 0.9, patentBoost: 1, financing: 0.08,
    subParks: [['CHANGXING_MARINE', 85], ['CHONGMING_INDUSTRIAL', 10], ['FUSHENG', 5]],
  },
  DIGITAL_ECONOMY: {
    share: 0.35, productivity: 0.8, techShare: [0.3, 0.75], rdBoost: 1.2, patentBoost: 0.7, financing: 0.25,
    subParks: [['SMART_ISLAND', 80], ['FUSHENG', 10], ['CHONGMING_INDUSTRIAL', 10]],
  },
  // 长兴低碳氢能产业岛 puts some hydrogen firms on Changxing Island too.
  GREEN_LOW_CARBON: {
    share: 0.25, productivity: 1.1, techShare: [0.15, 0.5], rdBoost: 1, patentBoost: 1.1, financing: 0.25,
    subParks: [['CHONGMING_INDUSTRIAL', 50], ['FUSHENG', 35], ['CHANGXING_MARINE', 15]],
  },
};

/** Industry words for company names, by top-level node of the chain map. */
const INDUSTRY_WORDS: Record<string, string[]> = {
  ME_DESIGN: ['船舶设计', '海洋工程设计', '游艇设计', '船舶科技', '工程技术'],
  ME_MATERIALS: ['新材料', '特种金属', '合金材料', '材料科技', '钛业', '绝热材料'],
  ME_LNG_CARGO: ['阀门', '低温装备', '流体控制', '能源装备', '深冷设备', '低温科技'],
  ME_MAIN_ENGINE: ['动力', '柴油机', '动力科技', '推进系统'],
  ME_NAVIGATION: ['导航', '北斗科技', '船舶电子', '海洋信息', '通导科技'],
  ME_HIGH_VALUE_SHIPS: ['船舶', '造船', '重工', '船舶配套', '船舶工程'],
  ME_OFFSHORE: ['海工', '海洋工程', '海工装备', '深海科技', '重工', '海洋装备'],
  ME_YACHT: ['游艇', '船艇', '游艇制造', '游艇配件', '海洋电子'],
  ME_SERVICES: ['船务', '航运', '船舶修造', '检测技术', '融资租赁', '游艇服务', '海事服务'],
  DE_HARDWARE: ['微电子', '半导体', '芯片科技', '光电', '电子科技', '传感技术'],
  DE_NETWORK: ['通信', '物联网', '通信技术', '网络科技', '智联'],
  DE_COMPUTE: ['数据', '算力科技', '云计算', '数据科技', '信息技术'],
  DE_PLATFORM: ['云', '数据', '云计算', '大数据', '软件', '信息技术', '数字科技'],
  DE_AI: ['智能', '人工智能', '智能科技', '智能技术', '声学科技'],
  DE_SECURITY: ['信息安全', '网络安全', '安全技术', '密码技术', '数据安全', '信息技术'],
  DE_ECOMMERCE: ['电子商务', '文化传媒', '网络科技', '直播科技', '供应链管理'],
  DE_SUPPLY_CHAIN: ['供应链管理', '物流', '仓储', '供应链', '物流科技'],
  DE_DIGITAL_APPS: ['数字科技', '智能科技', '信息技术', '软件', '健康科技', '农业科技', '体育科技'],
  GL_H2_PRODUCTION: ['氢能', '氢能科技', '气体', '新能源', '氢能源'],
  GL_H2_STORAGE: ['氢能', '储氢科技', '压力容器', '新材料', '氢能装备'],
  GL_ESS_CELLS: ['储能', '新能源', '电池', '储能科技', '能源科技'],
  GL_H2_TRANSPORT: ['氢能', '物流', '能源运输', '管道工程'],
  GL_H2_REFUEL: ['氢能', '加氢科技', '能源', '机械', '氢能装备'],
  GL_FUEL_CELL: ['氢能', '燃料电池', '动力科技', '新能源', '氢能源'],
  GL_ESS_SYSTEMS: ['储能', '电力科技', '能源科技', '电气', '智慧能源'],
  GL_H2_APPLICATION: ['氢能', '新能源汽车', '能源科技', '新能源'],
  GL_ESS_OPERATION: ['能源', '新能源', '综合能源', '电力'],
  GL_CARBON: ['碳中和科技', '低碳科技', '环境科技', '碳资产管理', '环境监测'],
  GL_ENV_SERVICES: ['环保', '环保科技', '节能', '环境工程', '节能科技', '水务'],
};

/** Top-level nodes whose firms make things, so they report industrial output (工业总产值). */
const INDUSTRIAL_ROOTS = new Set([
  'ME_MATERIALS', 'ME_LNG_CARGO', 'ME_MAIN_ENGINE', 'ME_NAVIGATION', 'ME_HIGH_VALUE_SHIPS', 'ME_OFFSHORE', 'ME_YACHT',
  'DE_HARDWARE', 'GL_H2_PRODUCTION', 'GL_H2_STORAGE', 'GL_ESS_CELLS', 'GL_H2_REFUEL', 'GL_FUEL_CELL', 'GL_ESS_SYSTEMS',
]);

/** 216 characters: three of them give 216³ ≈ 10.08 million distinct 字号. */
const TRADE_CHARS =
  '华瑞鑫达信德恒泰盛宏洋蓝远航汇通博晟昊睿智创联新源润丰嘉祥安康宁和隆兴旭辉明峰凯捷锐越卓志诚益进同合中天正元金永长东江淮浦申崇瀛洲' +
  '星辰光宇宙云泽汉唐昌茂荣富腾飞龙凤鹏翔骏驰致朗晨曦阳晖煜烨炜耀灿鼎铭钧铎锋钰琦瑜璟琨瑾珑琳璞玺宸轩逸悦欣怡乐佳优臻善美雅典尚品格弘毅' +
  '坚韧勤仁义礼聚融鸿浩瀚沧澜涛漫沐清澈湛渊深潮汐岚峻岳崎嵘屹立磐石基固原初启帆舟楫锦绣纬经纶纵横广大方圆域界境亚欧澳苏杭甬锡常扬镇盐徐' +
  '连宿瑶琼珍璐宝骐骥麒麟鲲鹭鹤雁鸥翼羽翎';
const TC = TRADE_CHARS.length;
const NAME_SPACE = TC * TC * TC;
const USCC_SPACE = 31 ** 7;

type Size = 'micro' | 'small' | 'medium' | 'large';
const SIZES: [Size, number][] = [['micro', 0.5], ['small', 0.32], ['medium', 0.14], ['large', 0.04]];
/** Per size: employees range, founding age range (years), P(high-tech), mean invention patents. */
const SIZE: Record<Size, { emp: [number, number]; age: [number, number]; hightech: number; patents: number }> = {
  micro: { emp: [3, 19], age: [0.3, 10], hightech: 0.17, patents: 0.8 },
  small: { emp: [20, 99], age: [2, 18], hightech: 0.42, patents: 3 },
  medium: { emp: [100, 499], age: [4, 25], hightech: 0.55, patents: 12 },
  large: { emp: [500, 8000], age: [8, 40], hightech: 0.5, patents: 60 },
};

/** [round, min and max amount (万元)]; ROUND_RANGE says which rounds a firm of each size raises. */
const ROUNDS: [string, number, number][] = [
  ['天使', 50, 1000], ['Pre-A', 500, 3000], ['A', 1000, 8000], ['A+', 2000, 10000], ['B', 5000, 30000],
  ['B+', 8000, 40000], ['C', 10000, 80000], ['D', 20000, 150000], ['Pre-IPO', 20000, 200000], ['战略投资', 5000, 100000],
];
const ROUND_RANGE: Record<Size, [number, number]> = { micro: [0, 2], small: [1, 4], medium: [3, 8], large: [6, 9] };

const OWNERSHIP: [string, number][] = [['民营企业', 80], ['国有企业', 7], ['外资企业', 9], ['央企下属', 4]];
const EXTRA_TAGS: [string, number][] = [
  ['海归创业', 0.03], ['高校成果转化', 0.03], ['张江溢出', 0.02], ['重点跟踪', 0.03], ['孵化器在孵', 0.03],
];

// ---------- precomputed node tables ----------

interface ChainNodes {
  chain: ChainCode;
  leaves: NodeSeed[];
  groups: NodeSeed[];
}
const NODES = ALL_NODES();
const ROOT_OF = new Map<string, string>();
for (const n of NODES) {
  let root: NodeSeed = n;
  while (root.parentCode) root = NODES.find((p) => p.code === root.parentCode)!;
  ROOT_OF.set(n.code, root.code);
}
const CHAIN_LIST = (Object.keys(CHAINS) as ChainCode[]).map((chain): ChainNodes => {
  const own = NODES.filter((n) => n.chain === chain);
  const parents = new Set(own.map((n) => n.parentCode));
  return { chain, leaves: own.filter((n) => !parents.has(n.code)), groups: own.filter((n) => parents.has(n.code)) };
});
const LEAVES_BY_ROOT = new Map<string, NodeSeed[]>();
for (const c of CHAIN_LIST) {
  for (const n of c.leaves) {
    const root = ROOT_OF.get(n.code)!;
    LEAVES_BY_ROOT.set(root, [...(LEAVES_BY_ROOT.get(root) ?? []), n]);
  }
}
const REGION_WEIGHTS = REGIONS.map((x): [(typeof REGIONS)[number], number] => [x, x[3]]);
const SUB_PARK_NAME = new Map(SUB_PARKS.map((s) => [s.code, s.name]));

// ---------- small numeric helpers ----------

/** mulberry32: tiny, fast, good enough for synthetic data. */
function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3 finaliser: spreads (seed, index) so neighbouring rows get unrelated streams. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
/** Two significant figures, as people write capital and deal sizes (500万, 1200万, 3.5亿). */
function nice(x: number): number {
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return round2(Math.round(x / p) * p);
}

function weighted<T>(items: [T, number][], u: number): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let acc = 0;
  for (const [item, w] of items) {
    acc += w / total;
    if (u < acc) return item;
  }
  return items[items.length - 1]![0];
}

const DAY_MS = 86_400_000;
function parseDay(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid asOf date: ${iso}`);
  return Math.floor(ms / DAY_MS);
}
/** Days since 1970-01-01 → YYYY-MM-DD without allocating a Date (Hinnant's civil_from_days). */
function isoDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

// ---------- identity: unique by construction ----------

/**
 * Writes k in `digits` base-`base` digits, least significant first, each shifted by a function of
 * the lower ones. That is still a bijection, but neighbouring indexes no longer share a prefix.
 */
function scatterDigits(k: number, base: number, digits: number): number[] {
  const out: number[] = [];
  let acc = 0;
  for (let i = 0; i < digits; i++) {
    const d = k % base;
    out.push((d + acc) % base);
    acc = (acc * 7 + d * 13 + 5) % base;
    k = Math.floor(k / base);
  }
  return out;
}

function tradeName(index: number, offset: number): string {
  // 4999 is coprime with 216³, so this is a bijection on [0, 216³).
  const [a, b, c] = scatterDigits((index * 4999 + offset) % NAME_SPACE, TC, 3);
  return TRADE_CHARS[c!]! + TRADE_CHARS[b!]! + TRADE_CHARS[a!]!;
}

function usccFor(index: number, offset: number, regionCode: string): string {
  // 104729 is coprime with 31⁷; 'MA' + 7 characters is the shape of post-2015 registrations.
  const digits = scatterDigits((index * 104729 + offset) % USCC_SPACE, 31, 7);
  let body = '';
  for (const d of digits) body = USCC_ALPHABET[d]! + body;
  return makeUscc(`91${regionCode}MA${body}`);
}

// ---------- the generator ----------

export function* generateEnterprises(count: number, opts: GenerateOptions = {}): Generator<DemoEnterprise> {
  const seed = opts.seed ?? 20231125;
  const inParkShare = opts.inParkShare ?? 0.1;
  const asOf = parseDay(opts.asOf ?? '2026-11-26');
  const start = opts.startIndex ?? 0;
  if (start < 0 || start + count > NAME_SPACE) throw new Error(`indexes must lie in [0, ${NAME_SPACE})`);
  const seedHash = mix(seed ^ 0x5bd1e995);
  const nameOffset = seedHash % NAME_SPACE;
  const usccOffset = mix(seedHash) % USCC_SPACE;
  const chainWeights = CHAIN_LIST.map((c): [ChainNodes, number] => [c, CHAINS[c.chain].share]);

  for (let index = start; index < start + count; index++) {
    const r = mulberry32(mix(seedHash ^ mix(index)));
    const between = (lo: number, hi: number): number => lo + r() * (hi - lo);
    const logBetween = (lo: number, hi: number): number => lo * Math.exp(r() * Math.log(hi / lo));

    const cn = weighted(chainWeights, r());
    const prof = CHAINS[cn.chain];
    const size = weighted(SIZES, r());
    const sz = SIZE[size];

    // Mostly leaf nodes; a few firms are described only broadly (e.g. 船舶配套) and sit on a group node.
    const primary = r() < 0.08 ? cn.groups[Math.floor(r() * cn.groups.length)]! : cn.leaves[Math.floor(r() * cn.leaves.length)]!;
    const root = ROOT_OF.get(primary.code)!;
    const u = r();
    const role: DemoRole =
      size === 'large' ? (u < 0.12 ? 'CHAIN_LEADER' : u < 0.7 ? 'KEY' : 'SUPPORTING')
      : size === 'medium' ? (u < 0.35 ? 'KEY' : 'SUPPORTING')
      : size === 'small' ? (u < 0.1 ? 'KEY' : 'SUPPORTING')
      : 'SUPPORTING';
    const chainNodes: DemoEnterprise['chainNodes'] = [{ code: primary.code, role }];
    if (r() < 0.3) {
      const siblings = LEAVES_BY_ROOT.get(root) ?? [];
      const pool = siblings.length > 1 && r() < 0.6 ? siblings : cn.leaves;
      const second = pool[Math.floor(r() * pool.length)]!;
      if (second.code !== primary.code) chainNodes.push({ code: second.code, role: 'SUPPORTING' });
    }

    const inPark = r() < inParkShare;
    const subParkCode = inPark ? weighted(prof.subParks, r()) : null;
    const region = inPark ? IN_PARK_REGION : weighted(REGION_WEIGHTS, r());

    const ageDays = Math.floor(between(sz.age[0], sz.age[1]) * 365);
    const founded = asOf - ageDays;
    const employees = Math.round(logBetween(sz.emp[0], sz.emp[1]));
    const techStaff = Math.min(employees, Math.round(employees * between(prof.techShare[0], prof.techShare[1])));

    // A quarter of micro firms are start-ups with next to no sales yet.
    const perHead = size === 'micro' && r() < 0.25 ? logBetween(0.5, 10) : logBetween(15, 120) * prof.productivity;
    const revenue = round2(Math.max(1, employees * perHead));
    const noise = r() + r() + r() - 1.5;
    const growth = Math.min(1.5, Math.max(-0.4, 0.08 + (ageDays < 5 * 365 ? 0.15 : 0) + noise * 0.3));
    const revenuePrevYear = ageDays < 365 ? 0 : round2(revenue / (1 + growth));
    const output = INDUSTRIAL_ROOTS.has(root) ? round2(revenue * between(0.85, 1.15)) : 0;

    const hightech = ageDays > 1.5 * 365 && r() < sz.hightech * (prof.rdBoost > 1 ? 1.1 : 1);
    const hightechDay = hightech ? Math.floor(between(Math.max(asOf - 5 * 365, founded + 365), asOf - 1)) : null;
    const rdRatio = hightech
      ? Math.min(0.15, logBetween(0.032, 0.15) * prof.rdBoost)
      : r() < 0.25 ? 0 : Math.min(0.15, logBetween(0.003, 0.08) * prof.rdBoost);
    const rdExpense = round2(revenue * rdRatio);

    const patentMean = sz.patents * prof.patentBoost * (hightech ? 2 : 0.5);
    const inventionPatents = Math.floor(-patentMean * Math.log(1 - r()));
    const highValuePatents = Math.floor(inventionPatents * between(0, 0.4));

    let srdiLevel: DemoEnterprise['srdiLevel'] = 'NONE';
    if (rdExpense >= 100 && rdRatio >= 0.03 && revenue >= 1000 && ageDays >= 2 * 365 && r() < 0.3) {
      srdiLevel = revenue >= 10000 && inventionPatents >= 2 && r() < 0.3 ? 'LITTLE_GIANT' : 'SRDI';
    }

    let listingStatus: DemoEnterprise['listingStatus'] = 'NONE';
    const lu = r();
    if ((size === 'large' && lu < 0.35) || (size === 'medium' && lu < 0.03)) listingStatus = 'LISTED';
    else if (size !== 'micro' && cn.chain !== 'MARINE_EQUIPMENT' && lu > 0.9995) listingStatus = 'UNICORN';
    else if (hightech && inventionPatents >= 5 && rdRatio >= 0.05 && size !== 'large' && lu < 0.2) listingStatus = 'STAR_RESERVE';

    let financingRound: string | null = null;
    let financingAmount: number | null = null;
    let financingDay: number | null = null;
    const fundable = listingStatus !== 'LISTED' && ageDays > 180;
    if (listingStatus === 'UNICORN' || (fundable && r() < prof.financing * (ageDays < 8 * 365 ? 1.3 : 0.6))) {
      const [lo, hi] = listingStatus === 'UNICORN' ? [7, 8] : ROUND_RANGE[size];
      const [round, min, max] = ROUNDS[lo + Math.floor(r() * (hi - lo + 1))]!;
      financingRound = round;
      financingAmount = nice(logBetween(min, max));
      financingDay = Math.floor(between(Math.max(founded + 90, asOf - 3 * 365), asOf - 1));
    }

    const registeredCapital = nice(Math.max(3, logBetween(0.3, 3) * (size === 'micro' ? 100 : employees * 15)));

    const tags: string[] = [weighted(OWNERSHIP, size === 'large' ? r() * 0.8 + 0.2 : r())];
    for (const [tag, p] of EXTRA_TAGS) if (r() < p) tags.push(tag);
    if (role === 'CHAIN_LEADER') tags.push('链主企业');

    const expansionSignals: string[] = [];
    const industrial = output > 0;
    if (r() < 0.04) expansionSignals.push('新设分支机构');
    if (r() < (growth > 0.25 ? 0.12 : 0.02)) expansionSignals.push('扩大招聘');
    if (financingDay !== null && asOf - financingDay < 365 && r() < 0.5) expansionSignals.push('新一轮融资');
    if (industrial && size !== 'micro' && r() < 0.06) expansionSignals.push('拟新建厂房');
    if (industrial && r() < 0.03) expansionSignals.push('寻找用地');

    const words = INDUSTRY_WORDS[root]!;
    const word = words[Math.floor(r() * words.length)]!;
    const tech = word.length > 1 && (/科技|技术|设计|电子|软件|传媒|管理/.test(word) || r() < 0.6) ? '' : '科技';
    const nu = r();
    const suffix =
      listingStatus === 'LISTED' || listingStatus === 'UNICORN' || (size !== 'micro' && size !== 'small' && nu < 0.4)
        ? size === 'large' && nu < 0.15 ? '集团股份有限公司' : '股份有限公司'
        : size === 'large' && nu < 0.6 ? '集团有限公司' : '有限公司';
    // The city is always two characters, so the index-derived 字号 sits at a fixed place: names are unique.
    const name = region[1] + tradeName(index, nameOffset) + word + tech + suffix;

    yield {
      uscc: usccFor(index, usccOffset, region[2]),
      name,
      status: inPark ? 'IN_PARK' : 'CANDIDATE',
      subParkCode,
      region: region[0],
      chainNodes,
      foundedOn: isoDay(founded),
      registeredCapital,
      employees,
      techStaff,
      revenue,
      revenuePrevYear,
      output,
      rdExpense,
      inventionPatents,
      highValuePatents,
      hightechCertifiedOn: hightechDay === null ? null : isoDay(hightechDay),
      srdiLevel,
      listingStatus,
      financingRound,
      financingAmount,
      financingDate: financingDay === null ? null : isoDay(financingDay),
      tags,
      expansionSignals,
    };
  }
}

/**
 * One CSV record in IMPORT_COLUMNS order; null becomes an empty cell (unknown). No cell contains a
 * comma, quote or newline, so the caller may join with ',' without quoting.
 */
export function demoEnterpriseToCsvRow(e: DemoEnterprise): string[] {
  const num = (x: number | null): string => (x === null ? '' : String(x));
  return [
    e.uscc,
    e.name,
    e.status,
    e.subParkCode === null ? '' : (SUB_PARK_NAME.get(e.subParkCode) ?? e.subParkCode),
    e.region,
    e.chainNodes.map((n) => (n.role === 'SUPPORTING' ? n.code : `${n.code}:${n.role}`)).join(';'),
    e.foundedOn,
    num(e.registeredCapital),
    num(e.employees),
    num(e.techStaff),
    num(e.revenue),
    num(e.revenuePrevYear),
    num(e.output),
    num(e.rdExpense),
    num(e.inventionPatents),
    num(e.highValuePatents),
    e.hightechCertifiedOn ?? '',
    e.srdiLevel,
    e.listingStatus,
    e.financingRound ?? '',
    num(e.financingAmount),
    e.financingDate ?? '',
    e.tags.join(';'),
  ];
}
