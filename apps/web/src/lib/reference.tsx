import { createContext, useContext } from 'react';
import type { SessionQuery } from '../gql/graphql';

export type Reference = SessionQuery;
export const ReferenceContext = createContext<Reference | null>(null);

/** Who I am, the sub-parks and the chain map: loaded once by the layout. */
export function useReference(): Reference {
  const r = useContext(ReferenceContext);
  if (!r) throw new Error('useReference outside the layout');
  return r;
}

export function nodeName(ref: Reference, code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  for (const c of ref.industryChains) for (const n of c.nodes) if (n.code === code) return n.name;
  return code;
}
