/** Words of the digests pages, zh-CN first; en may leave a key out (it then falls back to zh). Nest freely. */
export const zh = {
  title: '周报',
};
export const en = {
  title: 'Weekly digest',
};
