import bcrypt from 'bcryptjs';

const COST = 10;
/** bcrypt reads at most 72 bytes of a password and ignores the rest: longer ones are refused, not silently cut. */
export const MAX_PASSWORD_BYTES = 72;

export const hashPassword = (plain: string): Promise<string> => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string): Promise<boolean> => bcrypt.compare(plain, hash);

/** Checked when the account does not exist, so an unknown e-mail costs what a wrong password costs. */
export const DUMMY_HASH = bcrypt.hashSync('lianzhao: no such account', COST);
