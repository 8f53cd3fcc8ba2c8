/**
 * Changes to what a user may do that open sockets must hear of at once: a logout ends that session's sockets, a role
 * change ends all of the user's (they reconnect and are authorised again). HTTP needs none of this: every request
 * reads the session and the user afresh.
 */
export interface AccessChange {
  userId: string;
  /** Only this login session (a logout); absent: every session of the user. */
  sessionId?: string;
  reason: 'logout' | 'role_changed';
}

export class AccessEvents {
  private readonly listeners = new Set<(change: AccessChange) => void>();

  constructor(private readonly onError: (err: unknown, context: string) => void) {}

  onChange(listener: (change: AccessChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: AccessChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        this.onError(err, 'access change listener');
      }
    }
  }
}
