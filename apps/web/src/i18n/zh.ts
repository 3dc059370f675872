import * as profile from './sections/profile';
import * as chains from './sections/chains';
import * as cockpit from './sections/cockpit';
import * as digests from './sections/digests';
import * as admin from './sections/admin';
/** 简体中文 (default). Keys are shared with en.ts; a key missing there falls back to this text. */
const zh = {
  app: { name: '链招', subtitle: '产业链招商服务平台', park: '张江高新区崇明园' },
  nav: { home: '工作台', board: '招商看板', registry: '企业库', search: '搜索', searchHint: '搜索企业、统一社会信用代码或项目', signOut: '退出登录', chains: '产业链图谱', cockpit: '驾驶舱', digests: '周报', admin: '管理', settings: '个人设置', language: 'English', languageTitle: '切换语言' },
  roles: { ADMIN: '管理员', MANAGER: '管委会', OFFICER: '招商专员', GROUP: '集团' },
  stages: { CLUE: '线索', CONTACTED: '初步接洽', NEGOTIATING: '考察洽谈', AGREEMENT: '意向协议', SIGNED: '正式签约', REGISTERED: '注册落地', PRODUCING: '开工投产', ON_HOLD: '搁置', LOST: '流失' },
  priority: { HIGH: '高', MEDIUM: '中', LOW: '低' },
  activity: { VISIT: '走访', CALL: '电话', MEETING: '会议', NOTE: '备注' },
  enterpriseStatus: { IN_PARK: '在园企业', CANDIDATE: '招商目标' },
  listing: { NONE: '未上市', STAR_RESERVE: '科创板储备', LISTED: '已上市', UNICORN: '独角兽' },
  srdi: { NONE: '—', SRDI: '专精特新', LITTLE_GIANT: '小巨人' },
  badges: { HIGHTECH_VALID: '高新技术企业（有效期内）', HIGHTECH_ELIGIBLE: '符合高企条件', TECH_SME_ELIGIBLE: '科技型中小企业', SRDI_ELIGIBLE: '符合专精特新', STAR_RESERVE_ELIGIBLE: '科创板储备条件' },
  chainRole: { CHAIN_LEADER: '链主', KEY: '重点', SUPPORTING: '配套' },
  common: {
    wan: '万元', sum: '合计', count: '{{count}} 个', loading: '加载中…', retry: '重试', save: '保存', cancel: '取消', edit: '编辑',
    confirm: '确定', close: '关闭', empty: '暂无数据', all: '全部', yes: '是', no: '否', unknown: '未填写', loadMore: '加载更多',
    noMore: '已全部加载', back: '返回', open: '打开', reset: '重置', clear: '清除', total: '共 {{count}} 条',
  },
  errors: {
    UNAUTHENTICATED: '登录已失效，请重新登录。',
    FORBIDDEN: '您没有权限进行此操作。',
    NOT_FOUND: '记录不存在，或不在您的权限范围内。',
    CONFLICT: '该记录刚被其他人修改过，请查看最新内容后再操作。',
    BAD_USER_INPUT: '输入有误：{{detail}}',
    BAD_USER_INPUT_FIELD: '{{field}}填写有误：{{detail}}',
    TOO_COMPLEX: '查询范围过大，请缩小筛选条件后重试。',
    INTERNAL: '服务器暂时出错了，请稍后重试。',
    NETWORK: '无法连接服务器，请检查网络后重试。',
    wrongPassword: '邮箱或密码错误，请重新输入。',
    locked: '连续登录失败次数过多，账户已临时锁定，请于 {{time}} 后再试。',
    sessionExpired: '登录已过期，请重新登录，登录后将回到刚才的页面。',
  },
  login: {
    title: '欢迎登录', email: '邮箱', password: '密码', submit: '登录', emailRequired: '请输入邮箱', passwordRequired: '请输入密码',
    slogan: '强链 · 补链 · 延链', intro: '企业精准画像、产业链缺链分析与招商项目全流程管理',
  },
  home: {
    title: '工作台', greeting: '您好，{{name}}', myLeads: '我的项目（按阶段）', tasks: '今日及逾期待办', stale: '我的停滞项目', notifications: '未读通知',
    noTasks: '今天没有到期或逾期的待办', noStale: '没有停滞的项目', noNotifications: '没有未读通知', noLeads: '您还没有负责的项目',
    overdue: '已逾期', dueToday: '今天到期', markAllRead: '全部标为已读', inStageSince: '{{date}} 进入本阶段', openBoard: '打开招商看板',
  },
  board: {
    title: '招商看板', owner: '负责人', subPark: '子园', chain: '产业链', staleOnly: '仅看停滞', mine: '我负责的', anyOwner: '全部负责人',
    anySubPark: '全部子园', anyChain: '全部产业链', emptyColumn: '此阶段暂无项目', stale: '停滞', nextFollowUp: '下次跟进 {{date}}',
    moved: '已将「{{title}}」移至「{{stage}}」', reasonTitle: '移至「{{stage}}」需要说明原因', reasonLabel: '原因', reasonRequired: '请填写原因',
    reasonPlaceholder: '例如：企业最终选址苏州', conflictTitle: '该项目刚被其他人修改', conflictBody: '您看到的不是最新状态，本次移动未生效。当前状态如下：',
    currentStage: '当前阶段', lastChange: '最近更新', useCurrent: '知道了', loadingMore: '正在加载更多…', allLoaded: '已显示全部 {{count}} 个',
    dragHint: '拖动卡片即可推进阶段；也可用键盘：聚焦卡片后按空格拿起，方向键移动，再按空格放下。', filtered: '已筛选',
  },
  lead: {
    title: '线索详情', fields: '项目信息', enterprise: '企业', owner: '负责人', subPark: '子园', source: '来源', priority: '优先级',
    expectedInvestment: '预计投资额（万元）', fixedAssetInvestment: '固定资产投资（万元）', expectedOutput: '预计年产值（万元）',
    expectedTax: '预计年税收（万元）', expectedJobs: '预计就业人数', landMu: '用地需求（亩）', floorSpace: '厂房/办公面积（m²）',
    nextFollowUp: '下次跟进日期', nodeCode: '产业链环节', titleField: '项目名称', stage: '阶段', lossReason: '流失原因', holdReason: '搁置原因',
    createdAt: '创建时间', updatedAt: '最近更新', stagePath: '阶段路径', history: '阶段变更记录', timeline: '跟进时间线', logActivity: '记录跟进',
    summary: '跟进内容', summaryRequired: '请填写跟进内容', summaryPlaceholder: '例如：拜访企业总经理，了解扩产计划', occurredAt: '发生时间',
    logged: '已记录一条{{type}}', saved: '已保存', tasks: '待办任务', addTask: '添加待办', taskTitle: '待办事项', dueOn: '截止日期',
    taskTitleRequired: '请填写待办事项', dueRequired: '请选择截止日期', done: '已完成', noTasks: '暂无待办', noTimeline: '暂无跟进记录',
    moveTo: '推进到', created: '创建项目', from: '由「{{from}}」', to: '进入「{{to}}」', reason: '原因：{{reason}}', editTitle: '编辑项目信息',
    noAccessTitle: '无权查看此项目', noAccessBody: '这个项目不存在，或者属于其他子园、不在您的权限范围内。如需查看，请联系项目负责人或管理员。',
    backToBoard: '返回招商看板', fieldChange: '修改了信息', staleTag: '已停滞', overdue: '逾期', timelineMore: '更早的记录',
  },
  registry: {
    title: '企业库', search: '企业名称或统一社会信用代码', chain: '产业链', node: '产业链环节', status: '企业类型', subPark: '子园',
    badges: '资质', minScore: '画像分 ≥', maxScore: '画像分 ≤', uscc: '统一社会信用代码', name: '企业名称', region: '地区', revenue: '营业收入（万元）',
    employees: '员工人数', listing: '上市状态', srdi: '专精特新', tags: '标签', score: '画像分', nodes: '所属环节', updatedAt: '更新时间',
    columns: '列设置', import: '导入', export: '导出当前筛选', template: '下载导入模板', total: '共 {{n}} 家企业', totalMore: '超过 {{n}} 家企业', countExact: '精确统计', counting: '正在统计…',
    empty: '没有符合条件的企业', loadMore: '加载更多', allLoaded: '已全部加载', sort: '排序', sortName: '按名称', sortScore: '按画像分', sortUpdated: '按更新时间',
    loaded: '已加载 {{count}} 家',
  },
  import: {
    title: '导入企业', pick: '选择 CSV 或 XLSX 文件', hint: '支持中文或英文表头；整份文件全部通过校验才会写入，任何一行有误都不会写入任何数据。',
    uploading: '正在上传', processing: '正在校验并导入', refused: '文件未导入：共有 {{count}} 行有误，未写入任何数据。请修正后重新导入。',
    accepted: '导入完成：新增 {{created}} 家，更新 {{updated}} 家。', row: '行号', column: '列', message: '问题', failed: '导入失败：{{reason}}',
    again: '导入另一个文件', template: '下载模板', fileTooLarge: '文件超过 100 MB',
  },
  importColumns: { uscc: '统一社会信用代码', name: '企业名称', status: '企业状态', subPark: '所属子园', region: '所在地区', chainNodes: '产业链节点', foundedOn: '成立日期', registeredCapital: '注册资本', employees: '从业人数', techStaff: '科技人员数', revenue: '营业收入', revenuePrevYear: '上年营业收入', output: '工业总产值', rdExpense: '研发费用', inventionPatents: '发明专利数', highValuePatents: '高价值发明专利数', hightechCertifiedOn: '高企认定日期', srdiLevel: '专精特新等级', listingStatus: '上市状态', financingRound: '融资轮次', financingAmount: '融资金额', financingDate: '融资日期', tags: '标签', file: '文件' },
  enterprise: { title: '企业信息', basics: '基本信息', leads: '相关项目', noLeads: '暂无项目', founded: '成立日期', capital: '注册资本（万元）', techStaff: '研发人员',
    rdExpense: '研发投入（万元）', patents: '发明专利', highValue: '高价值发明专利', hightech: '高企认定日期', financing: '融资', profileSoon: '企业画像详情即将上线' },
  search: { placeholder: '输入企业名称、拼音首字母、统一社会信用代码或项目名称', enterprises: '企业', leads: '招商项目', none: '没有找到匹配的企业或项目', hint: '按 Ctrl+K 随时打开搜索' },
  profile: profile.zh,
  chains: chains.zh,
  cockpit: cockpit.zh,
  digests: digests.zh,
  admin: admin.zh,
  notFound: { title: '页面不存在', body: '您访问的页面不存在或已被移动。', home: '回到工作台' },
};
export default zh;
export type Messages = typeof zh;
