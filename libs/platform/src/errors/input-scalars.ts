import { GraphQLError, GraphQLID, GraphQLString, Kind, type ValueNode } from 'graphql';

/** Every id is a PostgreSQL bigint: 1 … 2^63 - 1. */
export const MAX_ID = 9223372036854775807n;
const ID_RE = /^[0-9]{1,19}$/;

export function isBoundedId(value: unknown): value is string {
  return typeof value === 'string' && ID_RE.test(value) && BigInt(value) <= MAX_ID;
}

/**
 * Text PostgreSQL can store and JSON can carry: no NUL (text columns refuse it) and no lone UTF-16 surrogate
 * (jsonb refuses its escape, and it is no character at all).
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && (value as unknown as { isWellFormed(): boolean }).isWellFormed();
}

export const ID_MESSAGE = 'must be an id: a whole number from 0 to 9223372036854775807';
export const TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

let hardened = false;

/**
 * One check at the edge for every `ID` and `String` a client sends, in variables and in the query text alike:
 * GraphQL itself answers a bad one as an input error naming the variable, before any resolver or SQL runs.
 * graphql-js's ID and String are process-wide singletons, so the check is installed on them once; output is untouched.
 */
export function hardenInputScalars(): void {
  if (hardened) return;
  hardened = true;
  const id = GraphQLID as unknown as { parseValue(v: unknown): unknown; parseLiteral(n: ValueNode, vars?: unknown): unknown };
  const idValue = id.parseValue.bind(GraphQLID);
  const idLiteral = id.parseLiteral.bind(GraphQLID);
  const checkId = (v: unknown) => {
    if (!isBoundedId(v)) throw new GraphQLError(ID_MESSAGE);
    return v;
  };
  id.parseValue = (v) => checkId(idValue(v));
  id.parseLiteral = (n, vars) => checkId(idLiteral(n, vars as never));

  const str = GraphQLString as unknown as { parseValue(v: unknown): unknown; parseLiteral(n: ValueNode, vars?: unknown): unknown };
  const strValue = str.parseValue.bind(GraphQLString);
  const strLiteral = str.parseLiteral.bind(GraphQLString);
  const checkText = (v: unknown) => {
    if (typeof v === 'string' && !isStorableText(v)) throw new GraphQLError(TEXT_MESSAGE);
    return v;
  };
  str.parseValue = (v) => checkText(strValue(v));
  str.parseLiteral = (n, vars) => (n.kind === Kind.STRING ? checkText(strLiteral(n, vars as never)) : strLiteral(n, vars as never));
}
