/**
 * What each kind of image filesystem holds, for `kubectl exec`: its shell and utilities (busybox
 * applets, GNU coreutils with bash, none in distroless images) and its /etc/os-release.
 */
import type { OperatingSystem, Userland } from './facts.js';

/** Utilities busybox and Debian's essential packages (coreutils, grep, findutils, util-linux, procps' kill) both have. */
const CORE = [
  'sh',
  'ls',
  'cat',
  'echo',
  'env',
  'printenv',
  'hostname',
  'df',
  'date',
  'whoami',
  'id',
  'pwd',
  'uname',
  'true',
  'false',
  'sleep',
  'mkdir',
  'touch',
  'rm',
  'head',
  'tail',
  'grep',
  'wc',
  'find',
  'which',
  'test',
  'kill',
  'uptime',
  'cp',
  'mv',
  'rmdir',
  'printf',
  'cut',
  'tr',
  'sort',
  'uniq',
  'seq',
  'tee',
  'base64',
  'xargs',
  'more',
] as const;

/** busybox's applets beyond those: its ash, ps and top, rev (util-linux's bsdextrautils on Debian, not in its images), the network tools (no curl, no bash). */
const BUSYBOX = [
  ...CORE,
  'ash',
  'ps',
  'top',
  'free',
  'ip',
  'ifconfig',
  'vi',
  'hostid',
  'wget',
  'nslookup',
  'ping',
  'nc',
  'rev',
  'less',
  'clear',
  'watch',
];

/** Debian's essential packages: bash, but no procps (`ps`), no network tools. */
const GNU = [...CORE, 'bash'];

export const USERLAND_BINARIES: Readonly<Record<Userland, readonly string[]>> = {
  busybox: BUSYBOX,
  alpine: [...BUSYBOX, 'apk'],
  debian: GNU,
  distroless: [],
};

/** The shell `kubectl exec -it … -- sh` finds, if any. */
export function shellOf(userland: Userland): 'bash' | 'sh' | undefined {
  return userland === 'debian' ? 'bash' : userland === 'distroless' ? undefined : 'sh';
}

/** The package manager each distribution ships. */
const PACKAGE_MANAGER: Readonly<Record<OperatingSystem, readonly string[]>> = {
  debian: ['apt', 'apt-get', 'dpkg'],
  ubuntu: ['apt', 'apt-get', 'dpkg'],
  alpine: ['apk'],
  oraclelinux: ['microdnf'],
  centos: ['yum', 'dnf', 'rpm'],
  fedora: ['dnf', 'rpm'],
  none: [],
};

export function osBinaries(os: OperatingSystem): readonly string[] {
  return PACKAGE_MANAGER[os];
}

export const OS_RELEASE: Readonly<Record<OperatingSystem, string>> = {
  debian:
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
  ubuntu:
    'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n',
  alpine:
    'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.0\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  oraclelinux:
    'NAME="Oracle Linux Server"\nVERSION="9.5"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="9.5"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="Oracle Linux Server 9.5"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:9:5:server"\nHOME_URL="https://linux.oracle.com/"\n',
  centos:
    'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\nPRETTY_NAME="CentOS Linux 7 (Core)"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:centos:centos:7"\nHOME_URL="https://www.centos.org/"\nBUG_REPORT_URL="https://bugs.centos.org/"\n',
  fedora:
    'NAME="Fedora Linux"\nVERSION="41 (Container Image)"\nID=fedora\nVERSION_ID=41\nPRETTY_NAME="Fedora Linux 41 (Container Image)"\nHOME_URL="https://fedoraproject.org/"\n',
  none: '',
};
