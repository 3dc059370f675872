import type { BoardQuery, SessionQuery } from '../gql/graphql';
import type { Lang } from '../i18n';

/** What the server rendered the board's first paint from; the browser hydrates that HTML with the same data. */
export interface FirstPaint {
  lang: Lang;
  session: SessionQuery;
  board: BoardQuery;
}

const ID = 'lz-first-paint';

/** JSON in a non-executed script element: parsed once by JSON.parse, and `<` escaped so no text can end it. */
export function firstPaintElement(p: FirstPaint): string {
  const json = JSON.stringify(p).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${ID}">${json}</script>`;
}

/** The server's payload, taken once (a later render of the page fetches as usual). */
export function readFirstPaint(): FirstPaint | null {
  const el = document.getElementById(ID);
  if (!el) return null;
  el.remove();
  try {
    return JSON.parse(el.textContent ?? '') as FirstPaint;
  } catch {
    return null;
  }
}
