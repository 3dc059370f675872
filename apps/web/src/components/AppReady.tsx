import { useEffect } from 'react';

/**
 * Marks the page as running (`html[data-app="ready"]`) once the part of the tree it sits in has rendered or, over
 * the server's first paint, hydrated. It sits inside the page's own Suspense boundary: React hydrates each boundary
 * on its own pass, and an update that reaches a boundary not yet hydrated (a click on 中文 / English, say) makes
 * React throw its HTML away. Browser tests wait for this before they click.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
