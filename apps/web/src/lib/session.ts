import { useSyncExternalStore } from 'react';
import type { Role } from '../gql/graphql';

export interface SessionUser { id: string; email: string; name?: string | null; role: Role; subParkIds: string[] }
export interface Session { token: string; expiresAt: string; user: SessionUser }

const KEY = 'lz_session';
let current: Session | null = read();
/** Why the last session ended, so that 登录 can say "expired" rather than nothing. */
let endedBecauseExpired = false;
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    const s = raw ? (JSON.parse(raw) as Session) : null;
    return s && Date.parse(s.expiresAt) > Date.now() ? s : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

export function getSession(): Session | null {
  return current;
}

/** Keeps the token across reloads; the cookie lets plain links (exports, the queue dashboard) carry it too. */
export function startSession(s: Session): void {
  current = s;
  endedBecauseExpired = false;
  localStorage.setItem(KEY, JSON.stringify(s));
  document.cookie = `lz_token=${encodeURIComponent(s.token)}; path=/; SameSite=Strict; expires=${new Date(s.expiresAt).toUTCString()}`;
  emit();
}

export function endSession(expired = false): void {
  if (!current) return;
  current = null;
  endedBecauseExpired = expired;
  localStorage.removeItem(KEY);
  document.cookie = 'lz_token=; path=/; max-age=0';
  emit();
}

export function sessionExpired(): boolean {
  return endedBecauseExpired;
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    // Hydrating the server's first paint (and rendering it on the server): the session it was rendered for.
    () => current,
  );
}

/**
 * The server's first paint (entry-server.tsx) renders for the session of the request it answers. Rendering is
 * synchronous, so the session set just before it is that request's alone.
 */
export function renderingFor(s: Session | null): void {
  current = s;
}

// A token that runs out while the page is open ends the session at that moment, not at the next click.
if (typeof window !== 'undefined') {
  setInterval(() => {
    if (current && Date.parse(current.expiresAt) <= Date.now()) endSession(true);
  }, 30_000);
}
