/**
 * Files of the node's own filesystem that a hostPath volume can name: the docs' DaemonSet mounts the
 * node's /etc/machine-id (a systemd machine ID, 32 hex digits, that minikube's kicbase image generates
 * at boot). A hostPath of type FileOrCreate (or File) names a file too, empty when the node had none.
 * Any other hostPath is a directory (node/programs.ts keeps what pods write there).
 */
import type { HostPathVolumeSource } from 'kubernetes-types/core/v1';

/** The content of the file a hostPath volume mounts, or undefined when it mounts a directory. */
export function hostPathFile(node: string, source: HostPathVolumeSource): string | undefined {
  const path = source.path.replace(/(.)\/$/, '$1');
  if (path === '/etc/machine-id') return `${machineId(node)}\n`;
  if (path === '/etc/hostname') return `${node}\n`;
  return source.type === 'File' || source.type === 'FileOrCreate' ? '' : undefined;
}

/** A stable machine ID per node name (FNV-1a spread over 128 bits). */
function machineId(node: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < node.length; i++) h = Math.imul(h ^ node.charCodeAt(i), 0x01000193) >>> 0;
  let hex = '';
  for (let i = 1; i <= 4; i++) hex += (Math.imul(h ^ (i * 0x9e3779b9), 0x85ebca6b) >>> 0).toString(16).padStart(8, '0');
  return hex;
}
