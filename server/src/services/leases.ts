/**
 * This process's side of the ownership leases (db/labLeases.ts): the heartbeat that keeps every lease it holds (one
 * write per third of the lease time, however many labs), the hand-over requests other processes send it (save the
 * lab, let it go), and giving everything back at a clean stop. The store (sandboxesStore.ts) takes leases.
 */
import type { PrismaClient } from '../db/client.js';
import {
  beat,
  listenForHandOvers,
  releaseAllLeases,
  releaseLease,
  type HandOverRequest,
  type LeaseClaim,
} from '../db/labLeases.js';
import type { SandboxHost } from './sandboxesTypes.js';

export interface LeaseKeeperOptions {
  db: PrismaClient;
  /** For the LISTEN connection of hand-over requests. */
  connectionString: string;
  claim: LeaseClaim;
  onError: (err: unknown, context: string) => void;
  onNotice: (message: string) => void;
}

export class LeaseKeeper {
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private host: SandboxHost | null = null;
  private failing = false;

  constructor(private readonly options: LeaseKeeperOptions) {}

  /** Writes the first heartbeat (before any lease is taken) and starts renewing and listening. */
  async start(host: SandboxHost): Promise<this> {
    this.host = host;
    await beat(this.options.db, this.options.claim);
    this.timer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.options.claim.ttlMs / 3)));
    this.timer.unref();
    this.stopListening = listenForHandOvers(
      this.options.connectionString,
      this.options.claim.owner,
      (request) => void this.handOver(request),
      (err) => this.options.onError(err, 'lease hand-over listener'),
    );
    return this;
  }

  /** Stops renewing and gives every lease back (after the sandboxes were saved: see main.ts's shutdown hooks). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.stopListening?.();
    this.stopListening = null;
    await releaseAllLeases(this.options.db, this.options.claim.owner);
  }

  private async renew(): Promise<void> {
    try {
      await beat(this.options.db, this.options.claim);
      if (this.failing) this.options.onNotice('lease heartbeat works again');
      this.failing = false;
    } catch (err) {
      // Logged once per streak; leases lapse meanwhile, and the fencing token refuses this process's late writes.
      if (!this.failing) this.options.onError(err, 'lease heartbeat');
      this.failing = true;
    }
  }

  /** Another process wants a lab this one holds: save it, let its tabs go, give the lease back. */
  private async handOver({ userId, labId }: HandOverRequest): Promise<void> {
    const host = this.host;
    if (!host) return;
    try {
      await host.handOver?.(userId, labId);
      // Not live here (any more): a lease left over (a reset, a failed release) goes back too.
      if (!host.isLive(userId, labId))
        await releaseLease(this.options.db, userId, labId, this.options.claim.owner, null);
    } catch (err) {
      this.options.onError(err, `hand-over ${userId}/${labId}`);
    }
  }
}
