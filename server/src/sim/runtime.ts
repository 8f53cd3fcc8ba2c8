/**
 * Simulation-only state that real Kubernetes keeps outside the API (which machines are powered,
 * how busy each pod's containers are, enabled addons). JSON-serialisable and saved in snapshots;
 * controllers read and change it through their context.
 */
export interface SimRuntime {
  /** Nodes whose machine is stopped (`minikube node stop`, or the whole cluster stopped). */
  stoppedNodes: string[];
  /** `minikube addons enable …` */
  addons: string[];
  /** Simulated CPU use per pod uid, in millicores, on top of the image's idle use (drives `kubectl top` and HPA). */
  podCpuMillis: Record<string, number>;
  /** Anything else a controller needs to remember between reconciles, by controller name. */
  extra: Record<string, unknown>;
}

export function emptyRuntime(): SimRuntime {
  return { stoppedNodes: [], addons: ['default-storageclass', 'storage-provisioner'], podCpuMillis: {}, extra: {} };
}
