import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export interface Selected {
  /** Argument values (variables substituted). */
  args: Record<string, unknown>;
  /** Names of the fields selected directly under it. */
  fields: Set<string>;
  /** The merged selection set, to look further down with `selectedAt`. */
  selectionSet: SelectionSetNode | undefined;
}

function fieldNodes(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldNodes(s.selectionSet, info, out);
    else fieldNodes(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/**
 * What the client asked for one level below a selection: lets a resolver fetch a whole tree in one service
 * call. Undefined when the field is not selected, or selected twice with different arguments (aliases) — the
 * caller then falls back to per-field resolution.
 */
export function selectedAt(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): Selected | undefined {
  const nodes = fieldNodes(set, info).filter((f) => f.name.value === name);
  if (nodes.length === 0) return undefined;
  const argsOf = (f: FieldNode) =>
    Object.fromEntries((f.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]));
  const args = argsOf(nodes[0]);
  if (nodes.some((f) => JSON.stringify(argsOf(f)) !== JSON.stringify(args))) return undefined;
  const selections = nodes.flatMap((f) => f.selectionSet?.selections ?? []);
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections };
  return { args, fields: new Set(fieldNodes(selectionSet, info).map((f) => f.name.value)), selectionSet };
}

/** The selection set of the field being resolved. */
export function ownSelection(info: GraphQLResolveInfo): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []) };
}
