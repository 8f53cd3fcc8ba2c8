// The `kubectl kustomize DIR` cases: each a directory under fixtures/, its recorded output in expected/NAME.txt
// (stdout, then stderr, recorded from the real kubectl v1.32 by record.ts).
export const KUSTOMIZE_CASES: readonly { name: string; dir: string }[] = [
  { name: 'basic', dir: 'basic' },
  { name: 'overlay-base', dir: 'overlay/base' },
  { name: 'overlay-prod', dir: 'overlay/prod' },
  { name: 'components', dir: 'components/app' },
  { name: 'legacy-fields', dir: 'legacy/overlay' },
  { name: 'rbac-namespace', dir: 'rbac' },
  { name: 'generators', dir: 'generators' },
  { name: 'name-references', dir: 'refs' },
  { name: 'sort-fifo', dir: 'fifo' },
  { name: 'misc', dir: 'misc/overlay' },
  { name: 'error-no-kustomization', dir: 'errors/empty' },
  { name: 'error-no-directory', dir: 'errors/nodir' },
  { name: 'error-missing-resource', dir: 'errors/missing' },
  { name: 'error-unknown-field', dir: 'errors/unknownfield' },
  { name: 'error-patch-target', dir: 'errors/badpatch' },
  { name: 'error-duplicate-id', dir: 'errors/dup' },
  { name: 'error-file-outside-root', dir: 'errors/outside' },
];

/** Output with what differs between runs made equal: klog's time and process id, and where the fixtures lie. */
export function normalise(output: string, root: string): string {
  return output
    .replace(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, 'E0000 00:00:00.000000       0 ')
    .split(root)
    .join('$ROOT');
}
