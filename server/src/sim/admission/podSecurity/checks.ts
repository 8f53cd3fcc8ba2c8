/**
 * The Pod Security Standards checks, ported from k8s.io/pod-security-admission v0.32 `policy/check_*.go`
 * with their wording: each check has versions (the newest whose minimum version is not above the
 * policy's applies) and restricted checks may override baseline ones.
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import {
  containers,
  eachContainer,
  joinQuote,
  linuxOnly,
  plural,
  setters,
  sortedSet,
  type Check,
  type CheckFn,
  type CheckResult,
  type VersionedCheck,
} from './helpers.js';
import {
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
} from './restricted.js';

export type { CheckResult } from './helpers.js';

function privileged(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad = eachContainer(spec)
    .filter((c) => c.securityContext?.privileged === true)
    .map((c) => c.name);
  return bad.length
    ? { reason: 'privileged', detail: `${containers(bad)} must not set securityContext.privileged=true` }
    : undefined;
}

function hostNamespaces(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const set = [
    ...(spec.hostNetwork ? ['hostNetwork=true'] : []),
    ...(spec.hostPID ? ['hostPID=true'] : []),
    ...(spec.hostIPC ? ['hostIPC=true'] : []),
  ];
  return set.length ? { reason: 'host namespaces', detail: set.join(', ') } : undefined;
}

function hostPathVolumes(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad = (spec.volumes ?? []).filter((v) => v.hostPath).map((v) => v.name);
  return bad.length
    ? { reason: 'hostPath volumes', detail: `${plural('volume', 'volumes', bad.length)} ${joinQuote(bad)}` }
    : undefined;
}

function hostPorts(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad: string[] = [];
  const ports = new Set<string>();
  for (const c of eachContainer(spec)) {
    const used = (c.ports ?? []).filter((p) => (p.hostPort ?? 0) !== 0);
    for (const p of used) ports.add(String(p.hostPort));
    if (used.length) bad.push(c.name);
  }
  if (!bad.length) return undefined;
  const list = sortedSet(ports);
  return {
    reason: 'hostPort',
    detail: `${containers(bad)} ${plural('uses', 'use', bad.length)} ${plural('hostPort', 'hostPorts', list.length)} ${list.join(', ')}`,
  };
}

const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

function capabilitiesBaseline(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad: string[] = [];
  const caps: string[] = [];
  for (const c of eachContainer(spec)) {
    const extra = (c.securityContext?.capabilities?.add ?? []).filter((x) => !BASELINE_CAPABILITIES.has(x));
    caps.push(...extra);
    if (extra.length) bad.push(c.name);
  }
  return bad.length
    ? {
        reason: 'non-default capabilities',
        detail: `${containers(bad)} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`,
      }
    : undefined;
}

const validSeccomp = (t: string | undefined) => t === 'Localhost' || t === 'RuntimeDefault';
const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';

function seccompBaselineAnnotations(meta: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const valid = (v: string) => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
  const bad: string[] = [];
  const annotations = meta.annotations ?? {};
  const pod = annotations[SECCOMP_POD_ANNOTATION];
  if (pod !== undefined && !valid(pod)) bad.push(`${SECCOMP_POD_ANNOTATION}=${JSON.stringify(pod)}`);
  for (const c of eachContainer(spec)) {
    const key = SECCOMP_CONTAINER_ANNOTATION + c.name;
    const v = annotations[key];
    if (v !== undefined && !valid(v)) bad.push(`${key}=${JSON.stringify(v)}`);
  }
  const list = sortedSet(bad);
  return list.length
    ? {
        reason: 'seccompProfile',
        detail: `forbidden ${plural('annotation', 'annotations', list.length)} ${list.join(', ')}`,
      }
    : undefined;
}

/** seccompProfile_baseline 1.19 and seccompProfile_restricted 1.19 (`requireSet`). */
function seccomp(requireSet: boolean): CheckFn {
  return (_, spec) => {
    const values: string[] = [];
    const podType = spec.securityContext?.seccompProfile?.type;
    const podBad = podType !== undefined && !validSeccomp(podType);
    if (podBad) values.push(podType);
    const podSet = podType !== undefined && !podBad;
    const explicit: string[] = [];
    const implicit: string[] = [];
    for (const c of eachContainer(spec)) {
      const t = c.securityContext?.seccompProfile?.type;
      if (t !== undefined) {
        if (!validSeccomp(t)) {
          explicit.push(c.name);
          values.push(t);
        }
      } else if (!podSet) implicit.push(c.name);
    }
    const bad = setters(podBad, explicit);
    if (bad.length)
      return {
        reason: 'seccompProfile',
        detail: `${bad.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(values))}`,
      };
    if (requireSet && implicit.length)
      return {
        reason: 'seccompProfile',
        detail: `pod or ${containers(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      };
    return undefined;
  };
}

function procMount(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const bad: string[] = [];
  const types: string[] = [];
  for (const c of eachContainer(spec)) {
    const t = c.securityContext?.procMount;
    if (t !== undefined && t !== 'Default') {
      bad.push(c.name);
      types.push(t);
    }
  }
  return bad.length
    ? {
        reason: 'procMount',
        detail: `${containers(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`,
      }
    : undefined;
}

const SYSCTLS_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS_1_29 = [
  ...SYSCTLS_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];

function sysctls(allowed: readonly string[]): CheckFn {
  return (_, spec) => {
    const bad = (spec.securityContext?.sysctls ?? []).map((s) => s.name).filter((n) => !allowed.includes(n));
    return bad.length ? { reason: 'forbidden sysctls', detail: bad.join(', ') } : undefined;
  };
}

function seLinuxOptions(allowedTypes: readonly string[]): CheckFn {
  return (_, spec) => {
    const types: string[] = [];
    let user = false;
    let role = false;
    const valid = (o: { type?: string; user?: string; role?: string }) => {
      let ok = true;
      if (!allowedTypes.includes(o.type ?? '')) {
        ok = false;
        types.push(o.type ?? '');
      }
      if (o.user) {
        ok = false;
        user = true;
      }
      if (o.role) {
        ok = false;
        role = true;
      }
      return ok;
    };
    const podOpts = spec.securityContext?.seLinuxOptions;
    const podBad = podOpts !== undefined && !valid(podOpts);
    const badContainers = eachContainer(spec)
      .filter((c) => c.securityContext?.seLinuxOptions !== undefined && !valid(c.securityContext.seLinuxOptions))
      .map((c) => c.name);
    const bad = setters(podBad, badContainers);
    if (!bad.length) return undefined;
    const list = sortedSet(types);
    const data = [
      ...(list.length ? [`${plural('type', 'types', list.length)} ${joinQuote(list)}`] : []),
      ...(user ? ['user may not be set'] : []),
      ...(role ? ['role may not be set'] : []),
    ];
    return {
      reason: 'seLinuxOptions',
      detail: `${bad.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
    };
  };
}

function appArmorProfile(meta: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const allowedType = (t: string) => t === 'RuntimeDefault' || t === 'Localhost';
  const values: string[] = [];
  const podType = spec.securityContext?.appArmorProfile?.type;
  const podBad = podType !== undefined && !allowedType(podType);
  if (podBad) values.push(podType);
  const badContainers: string[] = [];
  for (const c of eachContainer(spec)) {
    const t = c.securityContext?.appArmorProfile?.type;
    if (t !== undefined && !allowedType(t)) {
      badContainers.push(c.name);
      values.push(t);
    }
  }
  const bad = setters(podBad, badContainers);
  const annotations = Object.entries(meta.annotations ?? {})
    .filter(
      ([k, v]) =>
        k.startsWith('container.apparmor.security.beta.kubernetes.io/') &&
        !(v === '' || v === 'runtime/default' || v.startsWith('localhost/')),
    )
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .sort();
  const valueList = [...sortedSet(values), ...annotations];
  if (annotations.length) bad.push(plural('annotation', 'annotations', annotations.length));
  if (!bad.length) return undefined;
  return {
    reason: plural('forbidden AppArmor profile', 'forbidden AppArmor profiles', valueList.length),
    detail: `${bad.join(' and ')} must not set AppArmor profile type to ${joinQuote(valueList)}`,
  };
}

function windowsHostProcess(_: ObjectMeta, spec: PodSpec): CheckResult | undefined {
  const badContainers = eachContainer(spec)
    .filter((c) => c.securityContext?.windowsOptions?.hostProcess === true)
    .map((c) => c.name);
  const bad = setters(spec.securityContext?.windowsOptions?.hostProcess === true, badContainers);
  return bad.length
    ? {
        reason: 'hostProcess',
        detail: `${bad.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
      }
    : undefined;
}

const v = (min: number, fn: CheckFn, overrides?: readonly string[]): VersionedCheck =>
  overrides ? { min, fn, overrides } : { min, fn };

/** Every check (policy/check_*.go), each with its ID (the ID orders the results). */
export const CHECKS: readonly Check[] = [
  { id: 'privileged', level: 'baseline', versions: [v(0, privileged)] },
  { id: 'hostNamespaces', level: 'baseline', versions: [v(0, hostNamespaces)] },
  { id: 'hostPathVolumes', level: 'baseline', versions: [v(0, hostPathVolumes)] },
  { id: 'hostPorts', level: 'baseline', versions: [v(0, hostPorts)] },
  { id: 'capabilities_baseline', level: 'baseline', versions: [v(0, capabilitiesBaseline)] },
  {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    versions: [v(0, seccompBaselineAnnotations), v(19, seccomp(false))],
  },
  { id: 'procMount', level: 'baseline', versions: [v(0, procMount)] },
  {
    id: 'sysctls',
    level: 'baseline',
    versions: [
      v(0, sysctls(SYSCTLS_1_0)),
      v(27, sysctls(SYSCTLS_1_27)),
      v(29, sysctls(SYSCTLS_1_29)),
      v(32, sysctls(SYSCTLS_1_32)),
    ],
  },
  {
    id: 'seLinuxOptions',
    level: 'baseline',
    versions: [
      v(0, seLinuxOptions(['', 'container_t', 'container_init_t', 'container_kvm_t'])),
      v(31, seLinuxOptions(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'])),
    ],
  },
  { id: 'appArmorProfile', level: 'baseline', versions: [v(0, appArmorProfile)] },
  { id: 'windowsHostProcess', level: 'baseline', versions: [v(0, windowsHostProcess)] },
  {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    versions: [v(8, allowPrivilegeEscalation), v(25, linuxOnly(allowPrivilegeEscalation))],
  },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    versions: [
      v(22, capabilitiesRestricted, ['capabilities_baseline']),
      v(25, linuxOnly(capabilitiesRestricted), ['capabilities_baseline']),
    ],
  },
  { id: 'restrictedVolumes', level: 'restricted', versions: [v(0, restrictedVolumes, ['hostPathVolumes'])] },
  { id: 'runAsNonRoot', level: 'restricted', versions: [v(0, runAsNonRoot)] },
  { id: 'runAsUser', level: 'restricted', versions: [v(23, runAsUser)] },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    versions: [
      v(19, seccomp(true), ['seccompProfile_baseline']),
      v(25, linuxOnly(seccomp(true)), ['seccompProfile_baseline']),
    ],
  },
];
