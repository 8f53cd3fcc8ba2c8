/**
 * Windows images, which the docs' Windows pages use (content/en/examples/windows): their manifest lists hold
 * windows/amd64 entries only, so minikube's Linux node cannot pull them. The facts beyond name and tags never come
 * into play there; the userland says only that no Linux shell runs them.
 */
import type { ImageEntry } from '../facts.js';
import { MiB, osImage, server } from './common.js';

const WINDOWS = { userland: 'distroless', os: 'none', windowsOnly: true } as const;

/** IIS as both its homes publish it: ENTRYPOINT ["C:\\ServiceMonitor.exe", "w3svc"], EXPOSE 80. */
const IIS = {
  ports: [80],
  memory: 120 * MiB,
  idleCpu: 5,
  stopMs: 1000,
  ...WINDOWS,
  entrypoint: ['C:\\ServiceMonitor.exe', 'w3svc'],
};

export const WINDOWS_IMAGES: readonly ImageEntry[] = [
  // The old Docker Hub home of IIS, now on MCR.
  server('microsoft/iis', {
    tags: [
      'latest',
      'windowsservercore',
      'nanoserver',
      'windowsservercore-ltsc2016',
      'windowsservercore-1709',
      'windowsservercore-1803',
      'windowsservercore-ltsc2019',
    ],
    size: 5_737_418_240,
    ...IIS,
  }),
  server('mcr.microsoft.com/windows/servercore/iis', {
    tags: ['latest', 'windowsservercore-ltsc2025', 'windowsservercore-ltsc2022', 'windowsservercore-ltsc2019'],
    size: 2_147_483_648,
    ...IIS,
  }),
  osImage('microsoft/windowsservercore', {
    tags: ['latest', 'ltsc2016', '1709', '1803'],
    size: 5_368_709_120,
    ...WINDOWS,
    cmd: ['c:\\windows\\system32\\cmd.exe'],
  }),
  osImage('mcr.microsoft.com/windows/servercore', {
    tags: ['ltsc2025', 'ltsc2022', 'ltsc2019', '1809'],
    size: 1_932_735_283,
    ...WINDOWS,
    cmd: ['c:\\windows\\system32\\cmd.exe'],
  }),
  osImage('microsoft/nanoserver', {
    tags: ['latest', 'sac2016', '1709', '1803'],
    size: 398_458_880,
    ...WINDOWS,
    cmd: ['c:\\windows\\system32\\cmd.exe'],
  }),
  osImage('mcr.microsoft.com/windows/nanoserver', {
    tags: ['ltsc2025', 'ltsc2022', '1809'],
    size: 125_829_120,
    ...WINDOWS,
    cmd: ['c:\\windows\\system32\\cmd.exe'],
  }),
];
