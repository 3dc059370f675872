/**
 * The fixed layout of a chain map: one column per segment (上游 → 中游 → 下游), nodes in the chain map's own order
 * (parents before children), a child indented under its parent. Pure: the same chain always gives the same picture.
 */
export type Segment = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export const SEGMENTS: Segment[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
export const COLUMN_WIDTH = 420;
export const ROW_HEIGHT = 46;
const INDENT = 56;

export interface LaidOut { code: string; x: number; y: number; column: number; row: number }

export function layoutChain(nodes: readonly { code: string; segment: Segment; parentCode?: string | null }[]): { nodes: LaidOut[]; rows: number } {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const depth = (code: string): number => {
    let d = 0;
    for (let p = byCode.get(code)?.parentCode; p && byCode.has(p) && d < 5; p = byCode.get(p)?.parentCode) d++;
    return d;
  };
  const out: LaidOut[] = [];
  let rows = 0;
  SEGMENTS.forEach((segment, column) => {
    // Parents before children, each child right under its own parent's subtree.
    const inSegment = nodes.filter((n) => n.segment === segment);
    const ordered: typeof inSegment = [];
    const visit = (n: (typeof inSegment)[number]) => {
      ordered.push(n);
      for (const c of inSegment) if (c.parentCode === n.code) visit(c);
    };
    for (const n of inSegment) if (!n.parentCode || !inSegment.some((p) => p.code === n.parentCode)) visit(n);
    ordered.forEach((n, row) => out.push({ code: n.code, column, row, x: column * COLUMN_WIDTH + Math.min(depth(n.code), 2) * INDENT, y: (row + 1) * ROW_HEIGHT }));
    rows = Math.max(rows, ordered.length);
  });
  return { nodes: out, rows };
}
