// Password hashing with argon2id (@node-rs/argon2's default algorithm, OWASP's recommended parameters).
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

const params = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, params);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The hash of a random password nobody knows, with the same parameters as real hashes. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$WFRNsxEXgIhlNylfxkXbZg$CSuWKcoK1HoUJXMtnqY+PSVqnuRFmVHNbiszOiHuUwA';

/** Spends the same time as a real check, so a login for an unknown email does not answer faster. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(DUMMY_HASH, password);
}

/** A password people can read aloud: 4 groups of 5 characters without look-alikes (about 100 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
