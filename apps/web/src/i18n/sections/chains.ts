/** Words of the chains pages, zh-CN first; en may leave a key out (it then falls back to zh). Nest freely. */
export const zh = {
  title: '产业链图谱',
};
export const en = {
  title: 'Chain map',
};
