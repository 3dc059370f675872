import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { AppConfig, BoundedMap, Clock, unauthenticated } from '../../platform/src/index.js';
import { AccessCache, type AccessFacts } from './access-cache.js';
import { DUMMY_HASH, MAX_PASSWORD_BYTES, verifyPassword } from './password.js';
import { Role } from './role.js';
import { Scope } from './scope.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/**
 * Failed sign-ins allowed per account from one client address, and per client address over all accounts, in one
 * window of LOCK_MINUTES. Past either, that address waits out the window: a stranger's guesses lock the stranger out,
 * never the account's owner signing in from elsewhere.
 */
export const MAX_FAILED_LOGINS = 5;
export const MAX_FAILED_LOGINS_PER_ADDRESS = 20;
const LOCK_MINUTES = 15;
const WRONG = 'Wrong e-mail or password';

interface TokenClaims {
  sub: string;
  role: Role;
  sp: string[];
  g: string | null;
  /** The account's token version at signing (absent in tokens signed before versions existed: version 0). */
  tv?: number;
  exp?: number;
}

/** Tokens whose signature was checked, kept until they expire: one caller sends the same token all day. */
const VERIFIED_TOKENS_KEPT = 5_000;

@Injectable()
export class AuthService {
  /** Built once: jsonwebtoken would otherwise derive a key object from the secret on every request. */
  private readonly secretKey = createSecretKey(Buffer.from(this.config.JWT_SECRET));
  /** Token → what it proves and when it expires (ms); HMAC and jsonwebtoken's claim checks once per token, not per request. */
  private readonly verified = new BoundedMap<string, { subject: { sub: string; tv: number }; expiresAt: number }>(VERIFIED_TOKENS_KEPT);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly access: AccessCache,
  ) {}

  /**
   * The same answer, in the same time, whether or not the account exists: an unknown e-mail is checked against a
   * dummy hash, and the throttle counts attempts by the e-mail as typed, not by the user row.
   */
  async login(email: string, password: string, clientAddress = 'unknown') {
    const account = email.trim().toLowerCase();
    const keys = [`acct:${account}|${clientAddress}`, `addr:${clientAddress}`];
    // Counted before the password is checked (one statement, so parallel attempts from any process all count):
    // the sixth of thirty parallel guesses is refused unchecked.
    const [pair, address] = await Promise.all(keys.map((k) => this.countAttempt(k)));
    if (pair!.failures > MAX_FAILED_LOGINS || address!.failures > MAX_FAILED_LOGINS_PER_ADDRESS) {
      const until = new Date(Math.max(pair!.failures > MAX_FAILED_LOGINS ? pair!.until.getTime() : 0, address!.failures > MAX_FAILED_LOGINS_PER_ADDRESS ? address!.until.getTime() : 0));
      throw unauthenticated(`Too many failed sign-ins; try again after ${until.toISOString()}`);
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: account });
    const usable = user !== null && user.deactivatedAt === null;
    // bcrypt reads 72 bytes; a longer password is refused (createUser refuses them too), never silently cut.
    const tooLong = Buffer.byteLength(password) > MAX_PASSWORD_BYTES;
    const matches = await verifyPassword(tooLong ? '' : password, usable ? user.passwordHash : DUMMY_HASH);
    if (!usable || tooLong || !matches) throw unauthenticated(WRONG);
    // A success is no failure: this attempt leaves the counts, and the pair starts over.
    await this.dataSource.query(
      `UPDATE login_attempts SET failures = CASE WHEN key = $1 THEN 0 ELSE greatest(failures - 1, 0) END WHERE key = ANY($2)`,
      [keys[0], keys],
    );
    const view = await this.users.toModel(user);
    const accessToken = jwt.sign({ role: user.role, sp: view.subParkIds, g: user.groupId, tv: user.tokenVersion } satisfies Omit<TokenClaims, 'sub'>, this.config.JWT_SECRET, {
      subject: user.id,
      expiresIn: this.config.JWT_EXPIRES_IN as jwt.SignOptions['expiresIn'],
    });
    const { exp } = jwt.decode(accessToken) as { exp: number };
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user: view };
  }

  private async countAttempt(key: string): Promise<{ failures: number; until: Date }> {
    const now = this.clock.now();
    const [row]: { failures: number; window_until: Date }[] = await this.dataSource.query(
      `INSERT INTO login_attempts (key, failures, window_until) VALUES ($1, 1, $2::timestamptz + make_interval(mins => $3))
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempts.window_until <= $2::timestamptz THEN 1 ELSE login_attempts.failures + 1 END,
         window_until = CASE WHEN login_attempts.window_until <= $2::timestamptz THEN EXCLUDED.window_until ELSE login_attempts.window_until END
       RETURNING failures, window_until`,
      [key, now, LOCK_MINUTES],
    );
    return { failures: row!.failures, until: new Date(row!.window_until) };
  }

  /** The user id a bearer token proves and the token version it was signed at, or null (no token, a bad signature, expired). */
  private subjectOf(header: string | undefined): { sub: string; tv: number } | null {
    if (!header?.startsWith('Bearer ')) return null;
    const token = header.slice(7);
    const known = this.verified.get(token);
    // jsonwebtoken judges expiry by the wall clock too, so the cache and a fresh check agree.
    if (known && known.expiresAt > Date.now()) return known.subject;
    if (known) this.verified.delete(token);
    try {
      const claims = jwt.verify(token, this.secretKey, { algorithms: ['HS256'] }) as TokenClaims;
      if (typeof claims.sub !== 'string') return null;
      const subject = { sub: claims.sub, tv: typeof claims.tv === 'number' ? claims.tv : 0 };
      if (typeof claims.exp === 'number') this.verified.set(token, { subject, expiresAt: claims.exp * 1000 });
      return subject;
    } catch {
      return null;
    }
  }

  /**
   * The caller's scope, or null for none. The token proves who is asking; what they may do — role, sub-parks, whether
   * they are still active — is read per request from AccessCache, so a change reaches them on their next request,
   * not at their next sign-in. A deleted or deactivated user is no caller.
   */
  async resolveScope(header: string | undefined): Promise<Scope | null> {
    const token = this.subjectOf(header);
    if (token === null) return null;
    return toScope(token, await this.access.facts(token.sub));
  }

  /**
   * The same without a query, for the response cache's front door: a scope only when AccessCache holds the caller's
   * current facts, else null (the request then goes through GraphQL, which resolves the scope and fills the cache).
   */
  scopeFromAuthorization(header: string | undefined): Scope | null {
    const token = this.subjectOf(header);
    if (token === null) return null;
    const facts = this.access.cached(token.sub);
    return facts ? toScope(token, facts) : null;
  }
}

/** No scope for a token signed before the account's last password reset. */
function toScope(token: { sub: string; tv: number }, facts: AccessFacts | null | undefined): Scope | null {
  return facts && facts.tokenVersion === token.tv ? new Scope(token.sub, facts.role, facts.subParkIds, facts.groupId) : null;
}
