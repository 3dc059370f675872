import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, unauthenticated } from '../../platform/src/index.js';
import { verifyPassword } from './password.js';
import { Role } from './role.js';
import { Scope } from './scope.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** After this many wrong passwords in a row an account is locked for LOCK_MINUTES (slows guessing, not users). */
export const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

interface TokenClaims {
  sub: string;
  role: Role;
  sp: string[];
  g: string | null;
}

@Injectable()
export class AuthService {
  /** Built once: jsonwebtoken would otherwise derive a key object from the secret on every request. */
  private readonly secretKey = createSecretKey(Buffer.from(this.config.JWT_SECRET));

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async login(email: string, password: string) {
    const repo = this.dataSource.getRepository(UserEntity);
    const user = await repo.findOneBy({ email: email.trim().toLowerCase() });
    const now = this.clock.now();
    if (!user) throw unauthenticated('Wrong e-mail or password');
    if (user.lockedUntil && user.lockedUntil > now) {
      throw unauthenticated(`Too many failed sign-ins; try again after ${user.lockedUntil.toISOString()}`);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      // One atomic statement, so concurrent attempts from several API processes all count.
      await this.dataSource.query(
        `UPDATE users SET failed_logins = failed_logins + 1,
           locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
         WHERE id = $1`,
        [user.id, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MINUTES * 60_000)],
      );
      throw unauthenticated('Wrong e-mail or password');
    }
    if (user.failedLogins > 0 || user.lockedUntil) {
      await repo.update(user.id, { failedLogins: 0, lockedUntil: null });
    }
    const view = await this.users.toModel(user);
    const accessToken = jwt.sign({ role: user.role, sp: view.subParkIds, g: user.groupId } satisfies Omit<TokenClaims, 'sub'>, this.config.JWT_SECRET, {
      subject: user.id,
      expiresIn: this.config.JWT_EXPIRES_IN as jwt.SignOptions['expiresIn'],
    });
    const { exp } = jwt.decode(accessToken) as { exp: number };
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user: view };
  }

  /**
   * The caller's scope from a bearer token, or null for none. The role and sub-parks travel in the signed
   * token so a request costs no query to authorise; tokens expire, so a change reaches the user at next sign-in.
   */
  scopeFromAuthorization(header: string | undefined): Scope | null {
    if (!header?.startsWith('Bearer ')) return null;
    try {
      const claims = jwt.verify(header.slice(7), this.secretKey, { algorithms: ['HS256'] }) as TokenClaims;
      return new Scope(claims.sub, claims.role, claims.sp ?? [], claims.g ?? null);
    } catch {
      return null;
    }
  }
}
