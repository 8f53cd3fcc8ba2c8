// Recognises the database errors that services turn into domain errors.

/** A unique constraint was violated (Prisma's P2002, or PostgreSQL's 23505 from a raw query). */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === 'P2002' || code === '23505';
}

/** A row the operation depends on does not exist (Prisma's P2025). */
export function isRecordNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2025';
}
