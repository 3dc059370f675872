/** Words of the admin pages, zh-CN first; en may leave a key out (it then falls back to zh). Nest freely. */
export const zh = {
  title: '管理',
};
export const en = {
  title: 'Administration',
};
