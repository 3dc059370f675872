import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ErrorState, NoAccess } from '../../components/States';
import { describeError, detailOf, fieldDetail, problemOf } from '../../lib/errors';
import { useTranslation } from 'react-i18next';

/** A page's load error: FORBIDDEN (the role changed meanwhile) is the "no access" page, anything else an error in words. */
export function AdminError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (problemOf(error).code === 'FORBIDDEN') return <NoAccess title={t('admin.noAccessTitle')} body={t('admin.noAccessBody')} />;
  return <ErrorState error={error} retry={retry} />;
}

/** The API's validation details of the admin mutations, in Chinese (lib/errors.ts knows the general ones). */
const ZH_ADMIN: [RegExp, string][] = [
  [/^an officer works in at least one sub-park$/, '招商专员至少负责一个子园'],
  [/^unknown sub-park$/, '不是已知的子园'],
  [/^a group user needs a group company/, '集团用户需要选择所属集团'],
  [/^a group user's sub-parks must belong to its group$/, '集团用户的子园必须属于该集团'],
  [/^you cannot take away your own administrator role$/, '不能取消自己的管理员角色'],
  [/^you cannot deactivate yourself$/, '不能停用自己'],
  [/^must be at least 8 characters$/, '至少 8 个字符'],
  [/^must be at most 72 bytes/, '不能超过 72 字节（一个汉字占 3 字节）'],
  [/^must be a valid e-mail address$/, '邮箱格式不正确'],
  [/^must not be empty$/, '不能为空'],
  [/^another sub-park is already called (.+)$/, '已有子园叫这个名字'],
  [/^unknown group$/, '不是已知的集团'],
  [/^must be 1-5$/, '必须是 1-5'],
  [/^must be 2-40 upper-case letters, digits or _$/, '须为 2-40 位大写字母、数字或下划线'],
  [/^the parent must be in the same chain and segment$/, '上级环节必须在同一产业链、同一段'],
  [/^a node cannot sit under itself$/, '不能把环节挂在它自己下面'],
  [/^the node has sub-nodes in its segment; move them first$/, '该环节下还有子环节，请先移走子环节'],
  [/^sum to 0$/, '权重合计不能为 0'],
  [/^the last day comes before the first$/, '结束日期早于开始日期'],
];

export function adminFieldDetail(p: ReturnType<typeof problemOf>, lang: string): string {
  if (lang !== 'en') {
    const d = detailOf(p);
    for (const [re, zh] of ZH_ADMIN) if (re.test(d)) return zh;
  }
  return fieldDetail(p, lang);
}

/**
 * A refused save: BAD_USER_INPUT on a field the form has goes on that field (in the reader's language), anything else
 * is a message. `fieldMap` maps the API's field name to the form's where they differ.
 */
export function showSaveError(e: unknown, form: FormInstance, t: TFunction, lang: string, notify: (text: string) => void, fieldMap: Record<string, string> = {}): void {
  const p = problemOf(e);
  const apiField = p.field?.split('.')[0];
  const field = apiField ? (fieldMap[apiField] ?? apiField) : undefined;
  if (p.code === 'BAD_USER_INPUT' && field && form.getFieldInstance(field) !== undefined) {
    form.setFields([{ name: field, errors: [adminFieldDetail(p, lang)] }]);
    form.scrollToField(field);
  } else notify(describeError(e, t));
}
