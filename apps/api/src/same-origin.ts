import type { NextFunction, Request, Response } from 'express';

/**
 * Routes a browser reaches with the `lz_token` cookie (uploads, exports, the queue dashboard) answer only requests
 * from our own pages: a cookie travels with a request another site makes, a bearer header does not. A browser says
 * where a request comes from (Sec-Fetch-Site, Origin); one from elsewhere is 403 before it does anything. Requests
 * with a bearer header, or without the cookie, are not a browser's ambient authority and pass unchanged.
 */
export function sameOriginForCookies(trustedOrigins: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const usesCookie = !req.headers.authorization && /(?:^|;\s*)lz_token=/.test(req.headers.cookie ?? '');
    if (!usesCookie) return next();
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const own = `${req.protocol}://${req.headers.host}`;
    const originOk = origin === undefined || origin === own || trustedOrigins.includes(origin);
    const siteOk = site === undefined || site === 'same-origin' || site === 'none' || (site === 'same-site' && originOk && origin !== undefined);
    if (originOk && siteOk) return next();
    res.status(403).json({ code: 'FORBIDDEN', message: 'Cross-site request refused: open this from the Lianzhao web UI, or send a bearer token' });
  };
}

/** The origins of a configured URL list (PUBLIC_URL: where people open the web UI). */
export function originsOf(...urls: (string | undefined)[]): string[] {
  return urls.flatMap((u) => {
    try {
      return u ? [new URL(u).origin] : [];
    } catch {
      return [];
    }
  });
}
