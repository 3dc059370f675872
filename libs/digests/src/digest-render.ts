import mjml2html from 'mjml';
import type { DigestStats } from './digest-stats.js';

/**
 * The digest as an e-mail: MJML 5 (tables and inline styles, no SVG or script) compiled to HTML, and the same
 * content as plain text, in Chinese. Rendered once per audience; the recipient's name and the digest's id are
 * tokens filled in per recipient (personalise), so a hundred managers cost one MJML compile.
 */
export const RECIPIENT_TOKEN = '__LZ_RECIPIENT__';
export const DIGEST_ID_TOKEN = '__LZ_DIGEST_ID__';

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : v.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const wan = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${num(v)} 万元`);
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${num(v * 100, 1)}%`);
const signed = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : v === 0 ? '持平' : `${v > 0 ? '+' : ''}${num(v, digits)}`);

const COLORS = { brand: '#1f5fbf', text: '#262626', muted: '#8c8c8c', line: '#e8e8e8', bg: '#f4f6fa', good: '#237804', warn: '#ad4e00' };
const FONT = "'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', 'Noto Sans CJK SC', Arial, sans-serif";

interface Section {
  title: string;
  /** MJML inside one mj-column */
  mjml: string;
  text: string[];
}

const link = (href: string, label: string) => `<a href="${esc(href)}" style="color:${COLORS.brand};text-decoration:none;">${esc(label)}</a>`;
const th = (label: string, align = 'left') =>
  `<th style="padding:6px 8px;border-bottom:1px solid ${COLORS.line};text-align:${align};color:${COLORS.muted};font-weight:normal;white-space:nowrap;">${esc(label)}</th>`;
/** Figures (right-aligned) never wrap; names and reasons may. */
const td = (html: string, align = 'left') =>
  `<td style="padding:6px 8px;border-bottom:1px solid ${COLORS.line};text-align:${align};vertical-align:top;${align === 'right' ? 'white-space:nowrap;' : ''}">${html}</td>`;
const table = (head: string[], rows: string[][], aligns: string[] = []) =>
  `<mj-table font-size="13px" color="${COLORS.text}" cellpadding="0" padding="0 16px 8px 16px">
     <tr>${head.map((h, i) => th(h, aligns[i])).join('')}</tr>
     ${rows.map((r) => `<tr>${r.map((c, i) => td(c, aligns[i])).join('')}</tr>`).join('\n')}
   </mj-table>`;
const more = (shown: number, total: number, href: string, what: string) =>
  total > shown ? `<mj-text font-size="12px" color="${COLORS.muted}" padding="0 16px 8px 16px">另有 ${total - shown} ${what}，${link(href, '在系统中查看全部')}</mj-text>` : '';

export async function renderDigest(stats: DigestStats, publicUrl: string): Promise<RenderedDigest> {
  const base = publicUrl.replace(/\/+$/, '');
  const leadUrl = (id: string) => `${base}/leads/${id}`;
  const entUrl = (id: string) => `${base}/enterprises/${id}`;
  const archiveUrl = `${base}/digests/${DIGEST_ID_TOKEN}`;
  const { week } = stats;
  const subject = `链招周报｜${stats.audienceName}｜${week.start} 至 ${week.end}`;
  const sections: Section[] = [];

  // ---------- overview ----------
  const overview: [string, string][] = [];
  if (stats.newLeads.count) overview.push(['新增项目', `${stats.newLeads.count} 个，预计投资 ${wan(stats.newLeads.expectedInvestment)}`]);
  if (stats.stageMoves.count) overview.push(['阶段推进', `${stats.stageMoves.count} 次，涉及预计投资 ${wan(stats.stageMoves.expectedInvestment)}`]);
  if (stats.reached.count) {
    const parts = Object.entries(stats.reached.byStage).filter(([, n]) => n > 0).map(([s, n]) => `${STAGE_LABEL[s] ?? s} ${n} 个`);
    overview.push(['签约与落地', parts.join('，')]);
  }
  if (stats.stale.count) overview.push(['久未跟进', `${stats.stale.count} 个项目`]);
  if (stats.overdueTasks.count) overview.push(['逾期任务', `${stats.overdueTasks.count} 项`]);
  if (stats.matches.count) overview.push(['补链推荐', `${stats.matches.count} 家新候选企业`]);
  if (overview.length) {
    sections.push({
      title: '本周概览',
      mjml: table(['事项', '情况'], overview.map(([k, v]) => [esc(k), esc(v)])),
      text: overview.map(([k, v]) => `${k}：${v}`),
    });
  }

  if (stats.newLeads.count) {
    const items = stats.newLeads.items;
    sections.push({
      title: `新增项目（${stats.newLeads.count}）`,
      mjml: table(['项目', '企业', '园区', '预计投资'], items.map((l) => [link(leadUrl(l.id), l.title), link(entUrl(l.enterpriseId), l.enterpriseName), esc(l.subPark), esc(wan(l.expectedInvestment))]), ['left', 'left', 'left', 'right'])
        + more(items.length, stats.newLeads.count, `${base}/leads`, '个新项目'),
      text: items.map((l) => `· ${l.title}｜${l.enterpriseName}｜${l.subPark}｜${wan(l.expectedInvestment)}\n  ${leadUrl(l.id)}`),
    });
  }

  if (stats.stageMoves.count) {
    sections.push({
      title: `阶段推进（${stats.stageMoves.count} 次）`,
      mjml: table(['从', '到', '次数', '预计投资'], stats.stageMoves.byMove.map((m) => [esc(m.fromName), esc(m.toName), String(m.count), esc(wan(m.expectedInvestment))]), ['left', 'left', 'right', 'right']),
      text: stats.stageMoves.byMove.map((m) => `· ${m.fromName} → ${m.toName}：${m.count} 次，${wan(m.expectedInvestment)}`),
    });
  }

  if (stats.reached.count) {
    const items = stats.reached.items;
    sections.push({
      title: `签约、注册与投产（${stats.reached.count}）`,
      mjml: table(['项目', '企业', '达到阶段', '预计投资'], items.map((l) => [link(leadUrl(l.id), l.title), link(entUrl(l.enterpriseId), l.enterpriseName), `<b style="color:${COLORS.good};">${esc(l.reachedStageName)}</b>`, esc(wan(l.expectedInvestment))]), ['left', 'left', 'left', 'right'])
        + more(items.length, stats.reached.count, `${base}/leads`, '个项目'),
      text: items.map((l) => `· ${l.title}｜${l.enterpriseName}｜${l.reachedStageName}｜${wan(l.expectedInvestment)}\n  ${leadUrl(l.id)}`),
    });
  }

  if (stats.investmentByChain.length) {
    sections.push({
      title: '新增预计投资（按产业链）',
      mjml: table(['产业链', '项目数', '预计投资'], stats.investmentByChain.map((c) => [esc(c.name), String(c.count), esc(wan(c.expectedInvestment))]), ['left', 'right', 'right']),
      text: stats.investmentByChain.map((c) => `· ${c.name}：${c.count} 个，${wan(c.expectedInvestment)}`),
    });
  }

  if (stats.stale.count) {
    const items = stats.stale.items;
    sections.push({
      title: `久未跟进的项目（${stats.stale.count}）`,
      mjml: table(['项目', '阶段', '未跟进'], items.map((l) => [link(leadUrl(l.id), l.title), esc(l.stageName), `<span style="color:${COLORS.warn};">${l.idleDays} 天</span>`]), ['left', 'left', 'right'])
        + more(items.length, stats.stale.count, `${base}/leads?stale=true`, '个久未跟进的项目'),
      text: items.map((l) => `· ${l.title}｜${l.stageName}｜${l.idleDays} 天未跟进\n  ${leadUrl(l.id)}`),
    });
  }

  if (stats.overdueTasks.count) {
    const items = stats.overdueTasks.items;
    sections.push({
      title: `逾期任务（${stats.overdueTasks.count}）`,
      mjml: table(['任务', '项目', '到期日', '逾期'], items.map((t) => [esc(t.title), link(leadUrl(t.leadId), t.leadTitle), esc(t.dueOn), `<span style="color:${COLORS.warn};">${t.daysOverdue} 天</span>`]), ['left', 'left', 'left', 'right'])
        + more(items.length, stats.overdueTasks.count, `${base}/leads`, '项逾期任务'),
      text: items.map((t) => `· ${t.title}｜${t.leadTitle}｜到期 ${t.dueOn}，逾期 ${t.daysOverdue} 天\n  ${leadUrl(t.leadId)}`),
    });
  }

  if (stats.matches.count) {
    const items = stats.matches.items;
    sections.push({
      title: `补链推荐：本周新候选企业（${stats.matches.count}）`,
      mjml: table(['企业', '补链环节', '匹配度', '理由'], items.map((m) => [link(entUrl(m.enterpriseId), m.enterpriseName), `<span style="white-space:nowrap;">${esc(m.nodeName)}</span>`, num(m.score, 1), esc(m.reason ?? '')]), ['left', 'left', 'right', 'left'])
        + more(items.length, stats.matches.count, `${base}/gaps`, '家候选企业'),
      text: items.map((m) => `· ${m.enterpriseName}｜${m.nodeName}｜匹配度 ${num(m.score, 1)}${m.reason ? `｜${m.reason}` : ''}\n  ${entUrl(m.enterpriseId)}`),
    });
  }

  sections.push({
    title: `规划指标进度（截至 ${stats.kpiAsOf}，全年时间已过 ${pct(stats.yearElapsed)}）`,
    mjml: table(['指标', '实际', '目标', '完成度', '较上周'], stats.kpis.map((k) => [
      esc(k.name), esc(`${num(k.actual)} ${k.unit}`), esc(`${num(k.target)} ${k.unit}`),
      `<span style="color:${k.progress !== null && k.progress >= stats.yearElapsed ? COLORS.good : COLORS.warn};">${esc(pct(k.progress))}</span>`, esc(signed(k.change)),
    ]), ['left', 'right', 'right', 'right', 'right']) + `<mj-text font-size="12px" color="${COLORS.muted}" padding="0 16px 8px 16px">${link(`${base}/kpis`, '打开驾驶舱查看明细')}</mj-text>`,
    text: stats.kpis.map((k) => `· ${k.name}：${num(k.actual)} / ${num(k.target)} ${k.unit}（完成 ${pct(k.progress)}，较上周 ${signed(k.change)}）`),
  });

  const intro = overview.length ? '以下是本周招商项目的进展，点击条目可在系统中查看详情。' : '本周没有新的项目动态。以下是规划指标的最新进度。';
  const mjml = `<mjml lang="zh-CN">
  <mj-head>
    <mj-title>${esc(subject)}</mj-title>
    <mj-preview>${esc(overview.map(([k, v]) => `${k} ${v}`).join('；') || intro)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="14px" line-height="22px" color="${COLORS.text}" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLORS.bg}" width="640px">
    <mj-section background-color="${COLORS.brand}" padding="20px 0">
      <mj-column>
        <mj-text font-size="20px" font-weight="bold" color="#ffffff" padding="0 16px">链招 · 招商周报</mj-text>
        <mj-text font-size="13px" color="#dbe6f7" padding="4px 16px 0 16px">${esc(stats.audienceName)}｜${week.start}（周一）至 ${week.end}（周日）</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="12px 0 0 0">
      <mj-column>
        <mj-text padding="8px 16px">${RECIPIENT_TOKEN}，您好：</mj-text>
        <mj-text padding="0 16px 8px 16px">${esc(intro)}</mj-text>
      </mj-column>
    </mj-section>
    ${sections.map((s) => `<mj-section background-color="#ffffff" padding="4px 0">
      <mj-column>
        <mj-text font-size="16px" font-weight="bold" color="${COLORS.brand}" padding="12px 16px 6px 16px">${esc(s.title)}</mj-text>
        ${s.mjml}
      </mj-column>
    </mj-section>`).join('\n')}
    <mj-section background-color="#ffffff" padding="8px 0 16px 0">
      <mj-column>
        <mj-divider border-color="${COLORS.line}" border-width="1px" padding="8px 16px" />
        <mj-text font-size="12px" color="${COLORS.muted}" padding="0 16px">本邮件由链招系统自动生成，每周一 08:00（北京时间）发送。${link(archiveUrl, '在系统中查看本期存档')}。如不再需要邮件，可在${link(`${base}/settings`, '个人设置')}中退订，存档仍会保留。</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(mjml, { validationLevel: 'strict', keepComments: false });

  const text = [
    subject,
    '',
    `${RECIPIENT_TOKEN}，您好：`,
    intro,
    ...sections.flatMap((s) => ['', `【${s.title}】`, ...s.text]),
    '',
    `查看本期存档：${archiveUrl}`,
    `退订邮件（存档仍保留）：${base}/settings`,
  ].join('\n');
  return { subject, html: result.html, text };
}

/** Fills in one recipient: their name (escaped for HTML) and their digest's id. */
export function personalise(r: RenderedDigest, recipientName: string, digestId: string): { html: string; text: string } {
  return {
    html: r.html.replaceAll(RECIPIENT_TOKEN, esc(recipientName)).replaceAll(DIGEST_ID_TOKEN, digestId),
    text: r.text.replaceAll(RECIPIENT_TOKEN, recipientName).replaceAll(DIGEST_ID_TOKEN, digestId),
  };
}

const STAGE_LABEL: Record<string, string> = { SIGNED: '正式签约', REGISTERED: '注册落地', PRODUCING: '开工投产' };
