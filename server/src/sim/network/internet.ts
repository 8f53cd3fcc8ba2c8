/**
 * The internet as a minikube cluster reaches it: CoreDNS forwards names outside cluster.local to the node's
 * resolver (a pod with `dnsPolicy: Default` asks that resolver itself), and the node routes out through the
 * host, so pods, the node and the student's machine all reach public sites. kubelab knows the few sites the
 * Kubernetes docs' examples fetch; any other name outside the cluster does not resolve (NXDOMAIN).
 */

export interface Site {
  readonly ip: string;
  readonly server: string;
  readonly contentType: string;
  readonly body: string;
}

const SITES: Readonly<Record<string, Site>> = {
  // The first website, fetched by the docs' init container (pods/init-containers.yaml).
  'info.cern.ch': {
    ip: '188.184.67.127',
    server: 'Apache',
    contentType: 'text/html',
    body:
      '<html><head></head><body><header>\n<title>http://info.cern.ch</title>\n</header>\n\n' +
      '<h1>http://info.cern.ch - home of the first website</h1>\n</body></html>\n',
  },
  // IANA's reserved documentation domain (RFC 2606).
  'example.com': {
    ip: '93.184.215.14',
    server: 'ECAcc (nyd/D184)',
    contentType: 'text/html; charset=UTF-8',
    body: '<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n<h1>Example Domain</h1>\n</body>\n</html>\n',
  },
};

/** The public site a name resolves to, if kubelab knows it (`www.` prefixes included). */
export function externalSite(name: string): (Site & { readonly host: string }) | undefined {
  const host = name.replace(/\.$/, '').toLowerCase();
  const site = SITES[host] ?? SITES[host.replace(/^www\./, '')];
  return site && { ...site, host };
}

/** The site behind a public address. */
export function siteAt(ip: string): (Site & { readonly host: string }) | undefined {
  for (const [host, site] of Object.entries(SITES)) if (site.ip === ip) return { ...site, host };
  return undefined;
}
