import type { Request } from 'express';

/** A cookie of the request, decoded; undefined when absent or not decodable. */
export function cookieValue(req: Request, name: string): string | undefined {
  const raw = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(req.headers.cookie ?? '')?.[1];
  try {
    return raw === undefined ? undefined : decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The session token the web UI keeps in the `lz_token` cookie, for what a browser opens without a bearer header. */
export const sessionToken = (req: Request): string | undefined => cookieValue(req, 'lz_token');
