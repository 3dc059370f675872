/** Words of the profile pages, zh-CN first; en may leave a key out (it then falls back to zh). Nest freely. */
export const zh = {
  title: '企业画像',
};
export const en = {
  title: 'Enterprise profile',
};
