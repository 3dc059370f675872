/** Words of the cockpit pages, zh-CN first; en may leave a key out (it then falls back to zh). Nest freely. */
export const zh = {
  title: '驾驶舱',
};
export const en = {
  title: 'Cockpit',
};
