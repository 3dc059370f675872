/**
 * The starting industry-chain map of the Chongming Park (崇明园), from the park's 2023-2025 action
 * plan and DOMAIN.md §3, plus the groups and sub-parks that run it. This is seed data: the map is
 * editable in the product, so nothing should depend on these exact nodes except the seeding.
 *
 * weight (1-5) is how much the plan stresses a node; targetCount is the number of in-park firms
 * at which the node stops being weak; bottleneck marks 卡脖子 items, which double the gap score.
 */

import type { ChainCode, ChainSegment } from './vocabulary.js';

export type { ChainCode, ChainSegment };
type Weight = 1 | 2 | 3 | 4 | 5;

export interface NodeSeed {
  code: string;
  name: string;
  segment: ChainSegment;
  parentCode: string | null;
  weight: Weight;
  targetCount: number;
  bottleneck: boolean;
  /** Words an enterprise's business scope (经营范围) would contain when it works on this node. */
  keywords: string[];
}

export interface ChainSeed {
  code: ChainCode;
  name: string;
  nameEn: string;
  nodes: NodeSeed[];
}

export const SEGMENT_NAMES: Record<ChainSegment, string> = {
  UPSTREAM: '上游',
  MIDSTREAM: '中游',
  DOWNSTREAM: '下游',
};

/** [code, name, weight, targetCount, bottleneck, keywords, children] — a compact tree literal. */
type Def = [string, string, Weight, number, boolean, string[], Def[]?];

function flatten(segment: ChainSegment, defs: Def[], parentCode: string | null = null): NodeSeed[] {
  return defs.flatMap(([code, name, weight, targetCount, bottleneck, keywords, children]) => [
    { code, name, segment, parentCode, weight, targetCount, bottleneck, keywords },
    ...flatten(segment, children ?? [], code),
  ]);
}

function chain(code: ChainCode, name: string, nameEn: string, bySegment: Record<ChainSegment, Def[]>): ChainSeed {
  const nodes = (Object.keys(bySegment) as ChainSegment[]).flatMap((s) => flatten(s, bySegment[s]));
  return { code, name, nameEn, nodes };
}

// 海洋科技岛: around the chain leaders 江南造船, 沪东中华, 振华重工, 中远海运重工 on Changxing Island.
const MARINE = chain('MARINE_EQUIPMENT', '海洋装备', 'Marine equipment', {
  UPSTREAM: [
    ['ME_DESIGN', '船舶与海工设计研发', 4, 8, false, ['船舶设计', '海洋工程设计', '技术开发', '研发服务'], [
      ['ME_SHIP_DESIGN', '船舶与海洋工程设计', 4, 5, false, ['船舶设计', '海洋工程设计', '船舶研发', '详细设计', '生产设计']],
      ['ME_YACHT_DESIGN', '游艇设计与产品策划', 3, 3, false, ['游艇设计', '产品策划', '工业设计', '游艇研发']],
    ]],
    ['ME_MATERIALS', '船舶与深海装备材料', 4, 8, false, ['船用材料', '特种钢材', '新材料', '深海材料'], [
      ['ME_INVAR_STEEL', '殷瓦钢', 5, 2, true, ['殷瓦钢', '殷钢', '因瓦合金', '低膨胀合金']],
      ['ME_TITANIUM', '船用钛合金材料', 3, 3, true, ['钛合金', '钛材', '船用钛', '钛管']],
      ['ME_INSULATION_MATERIAL', '超效绝热材料', 4, 3, false, ['绝热材料', '保温材料', '气凝胶', '固态气体绝热']],
      ['ME_DEEPSEA_MATERIAL', '深海装备材料', 4, 3, true, ['深海材料', '浮力材料', '耐压材料', '防腐涂料', '复合材料']],
    ]],
    ['ME_LNG_CARGO', 'LNG 货物围护系统', 5, 10, true, ['LNG', '液化天然气', '围护系统', '液货舱'], [
      ['ME_LNG_VALVE', 'LNG 低温阀', 5, 4, true, ['低温阀', '超低温阀门', '阀门制造', '液化天然气阀门', '球阀']],
      ['ME_LNG_PUMP_TOWER', 'LNG 泵塔', 5, 3, true, ['泵塔', '液货泵', '潜液泵', '液化天然气设备']],
      ['ME_LNG_INSULATION_BOX', 'LNG 绝缘箱', 5, 3, true, ['绝缘箱', '绝热箱', '薄膜型围护', '聚氨酯泡沫', '胶合板']],
    ]],
    ['ME_MAIN_ENGINE', '船用主机与动力系统', 4, 4, true, ['船用主机', '柴油机', '双燃料发动机', '推进系统', '动力系统']],
    ['ME_NAVIGATION', '船舶导航与通信', 4, 6, false, ['导航', '通信导航', '船舶电子'], [
      ['ME_BEIDOU', '北斗导航与海洋应用', 5, 4, false, ['北斗', '卫星导航', '定位', '海洋监测', '导航终端']],
      ['ME_SHIP_ELECTRONICS', '船舶通导与电子设备', 3, 4, false, ['船舶电子', '通导设备', '雷达', '自动化控制', '船用电气']],
    ]],
  ],
  MIDSTREAM: [
    ['ME_HIGH_VALUE_SHIPS', '高附加值船舶', 5, 8, false, ['船舶制造', '造船', '船舶配套', '分段制造'], [
      ['ME_LNG_CARRIER', 'LNG 运输船', 5, 3, false, ['LNG船', '液化天然气运输船', '船舶建造', '分段制造']],
      ['ME_VLGC', '超大型液化气船', 4, 2, false, ['液化气船', 'VLGC', '液化石油气船', '船舶建造']],
      ['ME_ULCS', '超大型集装箱船', 4, 2, false, ['集装箱船', '船舶建造', '舾装', '船体分段']],
      ['ME_FSRU', 'FSRU / FLNG 浮式储存再气化装置', 5, 2, true, ['浮式储存', '再气化', 'FSRU', 'FLNG', '海工装备']],
    ]],
    ['ME_OFFSHORE', '海洋油气开发装备', 5, 8, false, ['海洋工程', '海工装备', '油气开发', '钻井平台'], [
      ['ME_SEMI_SUB', '半潜式钻井/生产平台', 4, 3, true, ['半潜式', '钻井平台', '生产平台', '海工模块']],
      ['ME_JACKUP', '自升式钻井平台', 3, 3, false, ['自升式', '钻井平台', '升降系统', '桩腿']],
      ['ME_FPSO', 'FPSO 及上部模块', 4, 4, false, ['FPSO', '浮式生产储卸油', '上部模块', '海工模块', '油气处理']],
      ['ME_DEEPSEA_EQUIP', '深海装备制造', 5, 5, true, ['深海装备', '水下机器人', '深潜器', '水下生产系统', '海底管缆']],
    ]],
    ['ME_YACHT', '民用游艇', 3, 8, false, ['游艇', '船艇', '游艇制造'], [
      ['ME_YACHT_BUILD', '游艇整艇制造', 3, 4, false, ['游艇制造', '船艇制造', '玻璃钢船', '帆船']],
      ['ME_YACHT_PARTS', '游艇关键零部件', 3, 4, false, ['游艇配件', '船用五金', '推进器', '舷外机']],
      ['ME_YACHT_ELECTRONICS', '游艇电子元器件', 3, 3, false, ['游艇电子', '电子元器件', '船用仪表', '智能控制']],
    ]],
  ],
  DOWNSTREAM: [
    ['ME_SERVICES', '船舶与海工服务', 3, 12, false, ['船舶服务', '海事服务', '技术服务'], [
      ['ME_REPAIR', '船舶修理与改装', 3, 4, false, ['船舶修理', '船舶改装', '坞修', '维修保养']],
      ['ME_SHIPPING', '航运物流', 2, 4, false, ['航运', '国际船舶运输', '船舶管理', '货运代理']],
      ['ME_INSPECTION', '检验检测与海上试验', 3, 3, false, ['检验检测', '无损检测', '船舶检验', '海上试验', '认证']],
      ['ME_LEASING', '船舶融资租赁', 2, 2, false, ['融资租赁', '船舶租赁', '经营租赁', '设备租赁']],
      ['ME_YACHT_SERVICE', '游艇营销与服务', 2, 3, false, ['游艇销售', '游艇租赁', '游艇俱乐部', '市场营销']],
    ]],
  ],
});

// 未来智慧岛: 智慧岛大数据云计算中心, 格尔软件 as the security chain leader, 声通 5G, 晋通光学, 琦圣 IP.
const DIGITAL = chain('DIGITAL_ECONOMY', '数字经济', 'Digital economy', {
  UPSTREAM: [
    ['DE_HARDWARE', '芯片与电子器件', 4, 6, true, ['芯片', '集成电路', '电子元器件'], [
      ['DE_CHIP', '集成电路芯片', 4, 3, true, ['集成电路', '芯片设计', '半导体', '芯片']],
      ['DE_MODULE', '通信模组与传感器', 3, 3, false, ['通信模组', '传感器', '物联网模组', '电子元器件']],
      ['DE_OPTICAL', '光通信与光学器件', 3, 3, false, ['光学', '光通信', '光模块', '光电器件']],
    ]],
    ['DE_NETWORK', '5G 与物联网', 4, 6, false, ['5G', '物联网', '通信'], [
      ['DE_5G', '5G 通信与专网', 4, 4, false, ['5G', '通信技术', '专网', '无线通信', '通信工程']],
      ['DE_IOT', '物联网', 3, 4, false, ['物联网', '智能终端', '远程监控', '智能硬件']],
    ]],
    ['DE_COMPUTE', '算力基础设施', 4, 5, false, ['算力', '数据中心', '服务器'], [
      ['DE_DATA_CENTER', '数据中心与算力服务', 4, 3, false, ['数据中心', '算力', '机房', '云计算中心', 'IDC']],
      ['DE_SERVER', '服务器与智算设备', 3, 2, true, ['服务器', 'GPU', '智算', '存储设备']],
    ]],
  ],
  MIDSTREAM: [
    ['DE_PLATFORM', '云与数据平台', 4, 10, false, ['云计算', '大数据', '软件开发', '平台'], [
      ['DE_CLOUD', '云计算', 4, 4, false, ['云计算', '云服务', 'SaaS', '云平台', '软件开发']],
      ['DE_EDGE', '分布式边缘计算', 3, 3, false, ['边缘计算', '分布式计算', '边缘节点', '计算平台']],
      ['DE_BIG_DATA', '大数据', 4, 4, false, ['大数据', '数据处理', '数据分析', '数据服务', '数据挖掘']],
      ['DE_INDUSTRIAL_INTERNET', '产业互联网平台', 3, 3, false, ['产业互联网', '工业互联网', '互联网平台', '平台运营']],
    ]],
    ['DE_AI', '人工智能', 4, 6, false, ['人工智能', '算法', '智能'], [
      ['DE_AI_ALGO', '算法与大模型', 4, 3, false, ['人工智能', '算法', '大模型', '机器学习', '深度学习']],
      ['DE_AI_SPEECH', '智能语音与视觉', 3, 3, false, ['语音识别', '智能语音', '计算机视觉', '图像识别']],
    ]],
    ['DE_SECURITY', '信息安全', 5, 10, false, ['信息安全', '网络安全', '数据安全'], [
      ['DE_PKI', '信息安全 PKI 与密码技术', 5, 4, false, ['PKI', '密码技术', '商用密码', '数字证书', '身份认证']],
      ['DE_MPC', '多方安全计算与联邦计算', 5, 3, true, ['多方安全计算', '联邦计算', '隐私计算', '联邦学习']],
      ['DE_DATA_SECURITY', '数据安全与网络安全', 4, 4, false, ['数据安全', '网络安全', '安全服务', '等级保护', '安全审计']],
    ]],
  ],
  DOWNSTREAM: [
    ['DE_ECOMMERCE', '直播电商', 3, 10, false, ['直播电商', '电子商务', '网络直播'], [
      ['DE_LIVE_STREAM', '直播电商机构', 3, 5, false, ['直播电商', '网络直播', '直播带货', '电子商务']],
      ['DE_IP_CONTENT', 'IP 孵化与内容运营', 2, 3, false, ['IP孵化', 'MCN', '内容运营', '文化传媒', '短视频']],
      ['DE_SELECTION', '数字化选品平台', 2, 2, false, ['选品', '供应链管理', '数字化平台', '电子商务']],
    ]],
    ['DE_SUPPLY_CHAIN', '供应链与物流', 2, 5, false, ['供应链', '物流', '仓储'], [
      ['DE_WAREHOUSE', '库存管理中心', 2, 2, false, ['仓储', '库存管理', '仓储服务', '智能仓储']],
      ['DE_LOGISTICS', '物流配送中心', 2, 3, false, ['物流', '配送', '供应链管理', '货物运输']],
    ]],
    ['DE_DIGITAL_APPS', '产业数字化应用', 3, 12, false, ['数字化', '智能化', '应用软件'], [
      ['DE_SMART_MFG', '工业数字化与智能制造', 3, 4, false, ['智能制造', '工业软件', '数字化转型', '系统集成']],
      ['DE_SMART_HEALTH', '智慧康养与智能诊断', 3, 3, false, ['智慧康养', '智能诊断', '医疗信息化', '健康管理']],
      ['DE_SMART_SPORTS', '5G+ 智能体育装备', 2, 2, false, ['智能体育', '体育装备', '运动科技', '可穿戴设备']],
      ['DE_DIGITAL_AGRI', '数字农业', 3, 3, false, ['数字农业', '智慧农业', '农业物联网', '农业大数据']],
      ['DE_DIGITAL_SERVICE', '数字化咨询与集成服务', 2, 3, false, ['信息技术咨询', '系统集成', '信息系统', '技术服务']],
    ]],
  ],
});

// 绿色低碳岛: hydrogen 制、储、运、加、用, new energy storage, 双碳 technology, 节能环保 (泓济环保, 衍昌环保).
const GREEN = chain('GREEN_LOW_CARBON', '绿色低碳', 'Green and low-carbon', {
  UPSTREAM: [
    ['GL_H2_PRODUCTION', '制氢', 5, 6, false, ['制氢', '氢能', '氢气'], [
      ['GL_H2_ELECTROLYZER', '电解水制氢装备', 5, 3, true, ['电解水制氢', '电解槽', '制氢设备', '氢能装备']],
      ['GL_H2_PLANT', '制氢项目与氢能工厂', 4, 3, false, ['制氢', '氢气生产', '绿氢', '工业气体']],
    ]],
    ['GL_H2_STORAGE', '储氢', 5, 5, true, ['储氢', '氢气储存', '氢能'], [
      ['GL_H2_TANK', '高压储氢瓶', 5, 3, true, ['储氢瓶', '高压气瓶', '碳纤维缠绕', '压力容器']],
      ['GL_H2_SOLID', '固态与液态储氢', 4, 2, true, ['固态储氢', '液氢', '储氢材料', '储氢合金']],
    ]],
    ['GL_ESS_CELLS', '储能电芯', 4, 5, false, ['储能', '电池', '电芯'], [
      ['GL_LFP_CELL', '锂电储能电芯', 3, 3, false, ['锂电池', '磷酸铁锂', '储能电池', '电芯']],
      ['GL_FLOW_BATTERY', '液流与新型储能电池', 4, 2, true, ['液流电池', '钠离子电池', '新型储能', '电池材料']],
    ]],
  ],
  MIDSTREAM: [
    ['GL_H2_TRANSPORT', '运氢', 3, 4, false, ['氢气运输', '危险品运输', '氢能'], [
      ['GL_H2_TRAILER', '长管拖车与液氢运输', 3, 2, false, ['长管拖车', '液氢运输', '危险货物运输', '氢气运输']],
      ['GL_H2_PIPELINE', '输氢管道', 3, 2, false, ['输氢管道', '管道工程', '管材', '氢气输送']],
    ]],
    ['GL_H2_REFUEL', '加氢', 4, 5, false, ['加氢站', '加氢', '氢能'], [
      ['GL_H2_STATION', '加氢站建设运营', 4, 3, false, ['加氢站', '加氢服务', '站点运营', '氢气销售']],
      ['GL_H2_COMPRESSOR', '氢气压缩机与加注设备', 4, 2, true, ['压缩机', '加氢机', '加注设备', '隔膜压缩机']],
    ]],
    ['GL_FUEL_CELL', '燃料电池', 5, 8, true, ['燃料电池', '氢燃料电池', '电堆'], [
      ['GL_FC_STACK', '燃料电池电堆', 5, 3, true, ['燃料电池', '电堆', '双极板', '膜电极']],
      ['GL_FC_MEMBRANE', '质子交换膜与催化剂', 5, 2, true, ['质子交换膜', '催化剂', '膜电极', '碳纸']],
      ['GL_FC_SYSTEM', '燃料电池系统', 4, 3, false, ['燃料电池系统', '动力系统', '氢燃料电池', '系统集成']],
    ]],
    ['GL_ESS_SYSTEMS', '储能系统', 4, 10, false, ['储能系统', '储能', '电力电子'], [
      ['GL_PCS', '储能变流器 PCS', 4, 3, false, ['储能变流器', 'PCS', '逆变器', '电力电子']],
      ['GL_BMS', '电池管理系统 BMS', 4, 3, false, ['电池管理系统', 'BMS', '电池管理', '电子控制']],
      ['GL_EMS', '能量管理系统 EMS', 3, 3, false, ['能量管理系统', 'EMS', '能源管理', '智慧能源']],
      ['GL_ESS_INTEGRATION', '储能系统集成', 4, 3, false, ['储能系统集成', '储能集装箱', '系统集成', '储能设备']],
    ]],
  ],
  DOWNSTREAM: [
    ['GL_H2_APPLICATION', '氢能应用', 4, 6, false, ['氢能应用', '燃料电池', '示范应用'], [
      ['GL_FC_VEHICLE', '燃料电池汽车与公交', 4, 3, false, ['燃料电池汽车', '氢能公交', '新能源汽车', '车辆运营']],
      ['GL_H2_SHIP_CHP', '氢能船舶与热电联供', 4, 2, false, ['氢能船舶', '热电联供', '分布式能源', '客运轮船']],
    ]],
    ['GL_ESS_OPERATION', '储能电站运营', 3, 3, false, ['储能电站', '电站运营', '综合能源服务', '虚拟电厂', '售电']],
    ['GL_CARBON', '碳中和技术与碳管理', 4, 8, false, ['碳中和', '碳达峰', '低碳技术'], [
      ['GL_CARBON_TECH', '碳中和技术研发与孵化', 4, 3, false, ['碳中和', '低碳技术', '碳捕集', '技术孵化']],
      ['GL_CARBON_MONITORING', '碳排放监测', 4, 2, false, ['碳排放监测', '碳监测', '在线监测', '环境监测']],
      ['GL_CARBON_ACCOUNTING', '碳核算与碳资产管理', 3, 3, false, ['碳核算', '碳资产', '碳排放管理', '碳足迹', '碳交易']],
    ]],
    ['GL_ENV_SERVICES', '节能环保服务', 3, 12, false, ['节能', '环保', '环境服务'], [
      ['GL_ENERGY_SAVING', '节能服务', 3, 5, false, ['节能', '合同能源管理', '节能改造', '能源审计']],
      ['GL_ENV_STEWARD', '环保管家与环境治理', 3, 5, false, ['环保管家', '环境治理', '污染治理', '环保咨询', '环境工程']],
      ['GL_WATER_WASTE', '水处理与固废资源化', 2, 4, false, ['水处理', '污水处理', '固废处理', '资源综合利用']],
    ]],
  ],
});

export const CHAIN_MAP: ChainSeed[] = [MARINE, DIGITAL, GREEN];

/** Every node of every chain, tagged with its chain. */
export function ALL_NODES(): (NodeSeed & { chain: ChainCode })[] {
  return CHAIN_MAP.flatMap((c) => c.nodes.map((n) => ({ ...n, chain: c.code })));
}

export interface GroupSeed {
  code: string;
  name: string;
}

export interface SubParkSeed {
  code: string;
  name: string;
  /** The group that runs it; editable data in the product, this is only the starting state. */
  groupCode: string;
}

export const PARK = { code: 'CHONGMING', name: '张江高新区崇明园' } as const;

export const GROUPS: readonly GroupSeed[] = [
  { code: 'CHANGXING_GROUP', name: '长兴企业集团' },
  { code: 'ECO_GROUP', name: '生态企业集团' },
  { code: 'DONGTAN_GROUP', name: '东滩建设集团' },
];

export const SUB_PARKS: readonly SubParkSeed[] = [
  { code: 'CHANGXING_MARINE', name: '长兴海洋装备产业基地', groupCode: 'CHANGXING_GROUP' },
  { code: 'SMART_ISLAND', name: '智慧岛数据产业园', groupCode: 'DONGTAN_GROUP' },
  { code: 'CHONGMING_INDUSTRIAL', name: '崇明工业园区', groupCode: 'ECO_GROUP' },
  { code: 'FUSHENG', name: '富盛经济开发区', groupCode: 'ECO_GROUP' },
];
