/**
 * The documentation's CertificateSigningRequest walkthrough (kubernetes/website content/en/docs/reference/access-authn-authz/
 * certificate-signing-requests.md, "Normal user"): create a CSR, list it Pending, approve it, see it Approved,Issued.
 * Wording from kubectl v1.32 (pkg/cmd/certificates/certificates.go; printers.go printCertificateSigningRequest).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const REQUEST =
  'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXBBZ1BGSkErZ3gzV2M2azlRQW1xNUg1RUNlMGRDMkYvM2JGa1dwbzV6aWhYCjFkaHpySnl2Q3FDTDRFNzZ1MTk1dzdPMWkyd28vNEduQmNuRkpQbE52eWVGTEU2WW5mckxBNjVSbXh1Zm90VlQKb0h5RUt1dUFLcE9hdm9QY0FVQ0FUWmlzRi9ta01OTVpXU1pSWGhZRklvZE40blFOaG1BakZRTFExZnNLMDZDWQptajVjaDdMUkpwdFh3SDFrZU42UTRGWTNiQThiRkdxM2x5UjdSdEpmYnZzRklmd29TVkhLTU91TVNWU2hEZGhhCmt3WFNTUTBXb29rZnNoNENOci95Q003eWp0RlBMQktBVVdFb1dpNFJvUzcxVkhJY1MxNlNER0dIaFJBWVBkUGQKZTNJa2hDVjZZWi81aUJBajI4L3U1eW00dGx4bXR1amVlZXFHWXRrYlhRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBQk1NaVpaYnVMajlJeXFZR1Q1NE1IWjdBc2x0K2VqZGV4c1dkRzdCeDhaV3ZzaDczbWFsClVJZ09XVCt0N0MvTVR2Q1dxYS9SWFJub1ZKcTFJQ1YwZG85dVk2STNZY0Vuc0piQ2R4dE9VOU9rVnJXRkk2YkIKSHVHZVlCTGUrRHB5RFVkN25mSWxwZkhYUlRBd2N0dSszNkdMS3htbnhXcFZxMmJiSm9hcTNMVXNuRjFoNTJuWApmMWVuelZjNU5kSVBHaUpwV09pbWxDc1dCdEFPOW56NGJDOFNjRDZkSExZc2F0MmpuVXRMRG1yNDh3TEhhcXQ1CkdtVDJPN2s0WWV0dnFEVHNQSnVzN0ZYRGd5OXN4NXFVY21oN0p5bTVpM0hnWEJuVGNuOElFMHo4VTIzQ3hoR2IKTEI3RW1RcXl1b3YzTTNJRkRaOHJiN0VHcityYmYxSzM3ZEU9Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=';

function csr(name: string, extra = '') {
  return `cat <<EOF | kubectl apply -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: ${name}
spec:
  request: ${REQUEST}
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400
  usages:
  - client auth${extra}
EOF`;
}

// openssl req -new -key k.key -subj "/CN=jbeda/O=app1/O=app2" (two organisations)
const TWO_ORGS =
  'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ2N6Q0NBVnNDQVFBd0xqRU9NQXdHQTFVRUF3d0ZhbUpsWkdFeERUQUxCZ05WQkFvTUJHRndjREV4RFRBTApCZ05WQkFvTUJHRndjREl3Z2dFaU1BMEdDU3FHU0liM0RRRUJBUVVBQTRJQkR3QXdnZ0VLQW9JQkFRQ2tDQThVCmtENkRIZFp6cVQxQUNhcmtma1FKN1IwTFlYL2RzV1JhbWpuT0tGZlYySE9zbks4S29JdmdUdnE3WDNuRHM3V0wKYkNqL2dhY0Z5Y1VrK1UyL0o0VXNUcGlkK3NzRHJsR2JHNStpMVZPZ2ZJUXE2NEFxazVxK2c5d0JRSUJObUt3WAorYVF3MHhsWkpsRmVGZ1VpaDAzaWRBMkdZQ01WQXREVit3clRvSmlhUGx5SHN0RW1tMWZBZldSNDNwRGdWamRzCkR4c1VhcmVYSkh0RzBsOXUrd1VoL0NoSlVjb3c2NHhKVktFTjJGcVRCZEpKRFJhaWlSK3lIZ0kydi9JSXp2S08KMFU4c0VvQlJZU2hhTGhHaEx2VlVjaHhMWHBJTVlZZUZFQmc5MDkxN2NpU0VKWHBobi9tSUVDUGJ6KzduS2JpMgpYR2EyNk41NTZvWmkyUnRkQWdNQkFBR2dBREFOQmdrcWhraUc5dzBCQVFzRkFBT0NBUUVBZVVkdWQySElKWHpJCmJnME5NSkV4V3pJVkZZeDI5czB3dWpscGNpdXBVaUF1M3lVa3VMOG5wcVQwSXhqTzJNQnFrdGh1RDRtTkNlNnIKZ1NxZW15RTFIZ05uWVMwOVdqd3M5SWpvMGRZbHZvZE5mWTZIM3hnZ1RwOUo3YkJuSE8vMnZ3bi9sR0h2cXBaaApnWE96RU1kajFjb0VvWW9VMUdvY1lkOGNEUm9LYkdONHFLSEYrZi82TkJRQ0NGSEwyY3ZJc2p3QXI0ZlMybVlxCnNybytoM3c1TlUwaWd0aFZGMFVYcEhJK2ltVXR5RkpjR1BWY1Y3eGtSSWJ5QUpwenlKNGlEUzFBdGNkdmdqV2wKQnR2d2pPZk9haGo2ZnVWRC9qK3RHeHh2RHBJeGJWTjlUZjJZckV3dExrWEFzNjBKWWxvQUpzRkZDUzRkaUF4UwpOcnlOMGgvZFNnPT0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==';

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

describe('kubectl certificate', () => {
  it('approves a request, which the signer then issues', () => {
    const env = setup();
    expect(env.run(csr('myuser')).output).toBe('certificatesigningrequest.certificates.k8s.io/myuser created\n');
    expect(env.run('kubectl get csr').output).toBe(
      'NAME     AGE   SIGNERNAME                            REQUESTOR       REQUESTEDDURATION   CONDITION\n' +
        'myuser   0s    kubernetes.io/kube-apiserver-client   minikube-user   24h                 Pending\n',
    );
    expect(env.run('kubectl certificate approve myuser').output).toBe(
      'certificatesigningrequest.certificates.k8s.io/myuser approved\n',
    );
    env.run('sleep 1', { settle: true });
    expect(env.run('kubectl get csr myuser --no-headers').output).toMatch(/Approved,Issued\n$/);
    const cert = env.run("kubectl get csr myuser -o jsonpath='{.status.certificate}' | base64 -d").output;
    expect(cert).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/\n]+\n-----END CERTIFICATE-----\n$/);
    expect(env.run("kubectl get csr myuser -o jsonpath='{.status.conditions[0].reason}'").output).toBe(
      'KubectlApprove',
    );
    // Approving again changes nothing and says the same.
    expect(env.run('kubectl certificate approve myuser').output).toBe(
      'certificatesigningrequest.certificates.k8s.io/myuser approved\n',
    );
  });

  it('denies, and refuses to approve what was denied', () => {
    const env = setup();
    env.run(csr('bob'));
    expect(env.run('kubectl certificate deny bob').output).toBe(
      'certificatesigningrequest.certificates.k8s.io/bob denied\n',
    );
    const approve = env.run('kubectl certificate approve bob');
    expect(approve.output).toBe('error: certificate signing request "bob" is already Denied\n');
    expect(approve.exitCode).toBe(1);
    expect(env.run('kubectl get csr bob --no-headers').output).toMatch(/Denied\n$/);
  });

  it('describes the request with its subject read from the PKCS#10 request', () => {
    const env = setup();
    // create, not apply: the last-applied annotation would end the tabwriter's column block (as it does for kubectl).
    env.run(csr('myuser').replace('kubectl apply', 'kubectl create'));
    env.run(csr('jbeda').replace(REQUEST, TWO_ORGS).replace('kubectl apply', 'kubectl create'));
    const text = env.run('kubectl describe csr myuser').output;
    expect(text.replace(/^CreationTimestamp: .*$/m, 'CreationTimestamp:   <time>')).toBe(
      'Name:                myuser\n' +
        'Labels:              <none>\n' +
        'Annotations:         <none>\n' +
        'CreationTimestamp:   <time>\n' +
        'Requesting User:     minikube-user\n' +
        'Signer:              kubernetes.io/kube-apiserver-client\n' +
        'Requested Duration:  24h\n' +
        'Status:              Pending\n' +
        'Subject:\n' +
        '         Common Name:    myuser\n' +
        '         Serial Number:  \n' +
        'Events:  <none>\n',
    );
    expect(env.run('kubectl describe csr jbeda').output).toContain(
      '         Common Name:    jbeda\n         Serial Number:  \n         Organization:   app1\n                         app2\n',
    );
  });

  it("words kubectl's errors", () => {
    const env = setup();
    expect(env.run('kubectl certificate approve').output).toBe(
      'error: one or more CSRs must be specified as <name> or -f <filename>\n',
    );
    expect(env.run('kubectl certificate approve nope').output).toBe(
      'Error from server (NotFound): certificatesigningrequests.certificates.k8s.io "nope" not found\n',
    );
    const bad = env.run(csr('short', '\n  - client auth'));
    expect(bad.output).toContain('spec.usages[1]: Duplicate value: "client auth"');
  });
});
