/** Pure text rules (no framework imports), shared by GraphQL inputs and the import's record rules. */

/** Characters that reorder what follows them on screen: in a name they can make one name read as another. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** Nothing a reader sees: format characters (zero-width space, joiner, BOM…), separators, controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Z}\s]/gu;

/** A name someone can read: some visible character, and no direction overrides. Null when it is fine. */
export function visibleNameProblem(name: string): string | null {
  if (BIDI_CONTROLS.test(name)) return 'must not contain direction-override characters';
  if (name.replace(INVISIBLE, '') === '') return 'must contain a visible character';
  return null;
}
