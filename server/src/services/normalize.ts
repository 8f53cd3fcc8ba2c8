// Canonical forms of what people type, applied by every use case (HTTP and CLI alike).

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Join codes are shown as `ABCD-2345`; accept any case, spaces and dashes. */
export function normalizeJoinCode(code: string): string {
  const bare = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
}
