/**
 * Reading a received digest the way a manager does: one section's table in the HTML part, one section's items in
 * the plain-text part, and the figures as shown ("12,000 万元", "+2", "持平"). The tests compare what is shown with
 * what the API answers, so nothing here knows how the digest is built.
 */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const cellText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!).trim();

/** The data rows (cell texts) of the table under the section whose title starts with `title`; [] when the section is not there. */
export function htmlTable(html: string, title: string): string[][] {
  const at = html.indexOf(title);
  if (at < 0) return [];
  // A section's table starts with its header row (<th>) and holds only its own rows up to </table>.
  const head = html.indexOf('<tr><th', at);
  const rows = html.slice(head, html.indexOf('</table>', head));
  return [...rows.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .slice(1)
    .map(([, row]) => [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cellText(cell!)));
}

/** The items ("· …" lines, without their link lines) of the plain-text section whose 【title】 starts with `title`. */
export function textItems(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`【${title}`));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.startsWith('· ')).map((l) => l.slice(2));
}

/** A figure as shown: "12,000 万元" → 12000, "+2" → 2, "-0.5" → -0.5, "持平" → 0, "—" → null. */
export function shown(s: string): number | null {
  if (s.includes('持平')) return 0;
  const m = /[-+]?\d[\d,]*(\.\d+)?/.exec(s);
  return m ? Number(m[0].replace(/[,+]/g, '')) : null;
}

/** Whether a figure as shown is `value` rounded to `step` (0.01: two decimals), whichever way its last digit went. */
export function showsRounded(s: string, value: number, step: number): boolean {
  const v = shown(s);
  return v !== null && Math.abs(v - value) <= step / 2 + 1e-9;
}
