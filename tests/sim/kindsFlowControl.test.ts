/**
 * API Priority and Fairness objects (flowcontrol.apiserver.k8s.io/v1) as a v1.32 cluster serves them. Sources:
 * - the bootstrap set: k8s.io/apiserver v0.32 pkg/apis/flowcontrol/bootstrap/default.go (mandatory exempt and
 *   catch-all, the suggested ones with their precedences, distinguishers and queuing numbers);
 * - columns and order: kubernetes/kubernetes pkg/printers/internalversion/printers.go (printFlowSchema,
 *   printFlowSchemaList sorted as FlowSchemaSequence, printPriorityLevelConfiguration);
 * - wording: pkg/apis/flowcontrol/validation/validation.go; defaults: pkg/apis/flowcontrol/v1/defaults.go;
 * - the Dangling condition: k8s.io/apiserver pkg/util/flowcontrol/apf_controller.go (presyncFlowSchemaStatus);
 * - the every-minute ensurer: pkg/registry/flowcontrol/ensurer and rest/storage_flowcontrol.go.
 */
import type { Environment } from '../../server/src/kubectl/environment';
import { started } from '../support/sandbox';

/** Flow-style YAML after `---`, as the docs' priority-and-fairness examples write it (a leading `{` would be JSON). */
const apply = (env: Environment, yaml: string) => env.run(`kubectl apply -f - <<EOF\n---\n${yaml}\nEOF`).output;
/** Ages masked, widths kept (the columns stay aligned as printed). */
const ages = (s: string) => s.replace(/\b\d+(s|m\d*s?)\b/g, (m) => '#'.repeat(m.length));

describe('FlowSchema and PriorityLevelConfiguration', () => {
  it('lists the bootstrap objects of a fresh cluster, flow schemas in matching order', () => {
    const env = started(3);
    expect(ages(env.run('kubectl get flowschemas').output)).toBe(
      [
        'NAME                           PRIORITYLEVEL     MATCHINGPRECEDENCE   DISTINGUISHERMETHOD   AGE   MISSINGPL',
        'exempt                         exempt            1                    <none>                ###   False',
        'probes                         exempt            2                    <none>                ###   False',
        'system-leader-election         leader-election   100                  ByUser                ###   False',
        'endpoint-controller            workload-high     150                  ByUser                ###   False',
        'workload-leader-election       leader-election   200                  ByUser                ###   False',
        'system-node-high               node-high         400                  ByUser                ###   False',
        'system-nodes                   system            500                  ByUser                ###   False',
        'kube-controller-manager        workload-high     800                  ByNamespace           ###   False',
        'kube-scheduler                 workload-high     800                  ByNamespace           ###   False',
        'kube-system-service-accounts   workload-high     900                  ByNamespace           ###   False',
        'service-accounts               workload-low      9000                 ByUser                ###   False',
        'global-default                 global-default    9900                 ByUser                ###   False',
        'catch-all                      catch-all         10000                ByUser                ###   False',
        '',
      ].join('\n'),
    );
    expect(ages(env.run('kubectl get prioritylevelconfigurations').output)).toBe(
      [
        'NAME              TYPE      NOMINALCONCURRENCYSHARES   QUEUES   HANDSIZE   QUEUELENGTHLIMIT   AGE',
        'catch-all         Limited   5                          <none>   <none>     <none>             ###',
        'exempt            Exempt    <none>                     <none>   <none>     <none>             ###',
        'global-default    Limited   20                         128      6          50                 ###',
        'leader-election   Limited   10                         16       4          50                 ###',
        'node-high         Limited   40                         64       6          50                 ###',
        'system            Limited   30                         64       6          50                 ###',
        'workload-high     Limited   40                         128      6          50                 ###',
        'workload-low      Limited   100                        128      6          50                 ###',
        '',
      ].join('\n'),
    );
    // -o yaml keeps the API's order (by name); only the table is sorted by precedence.
    expect(env.run("kubectl get flowschemas -o jsonpath='{.items[*].metadata.name}'").output).toMatch(
      /^catch-all endpoint-controller exempt global-default /,
    );
    expect(
      env.run("kubectl get prioritylevelconfiguration exempt -o jsonpath='{.metadata.annotations} {.spec} {.status}'")
        .output,
    ).toBe(
      '{"apf.kubernetes.io/autoupdate-spec":"true"} {"exempt":{"lendablePercent":0,"nominalConcurrencyShares":0},"type":"Exempt"} {}',
    );
    expect(env.run("kubectl get flowschema probes -o jsonpath='{.status.conditions[0]}'").output).toMatch(
      /^\{"lastTransitionTime":"[^"]+","message":"This FlowSchema references the PriorityLevelConfiguration object named \\"exempt\\" and it exists","reason":"Found","status":"False","type":"Dangling"\}$/,
    );
  });

  it('defaults and admits a schema; MISSINGPL says whether its level exists', () => {
    const env = started(3);
    expect(
      apply(
        env,
        `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: FlowSchema, metadata: {name: ci-bots},
 spec: {priorityLevelConfiguration: {name: bots}, distinguisherMethod: {type: ByUser},
  rules: [{subjects: [{kind: ServiceAccount, serviceAccount: {name: '*', namespace: ci}}],
   resourceRules: [{verbs: [list, watch], apiGroups: [''], resources: [pods], namespaces: ['*'], clusterScope: false}]}]}}`,
      ),
    ).toBe('flowschema.flowcontrol.apiserver.k8s.io/ci-bots created\n');
    env.run('sleep 1');
    expect(ages(env.run('kubectl get flowschema ci-bots').output)).toBe(
      'NAME      PRIORITYLEVEL   MATCHINGPRECEDENCE   DISTINGUISHERMETHOD   AGE   MISSINGPL\n' +
        'ci-bots   bots            1000                 ByUser                ##    True\n',
    );
    expect(env.run("kubectl get flowschema ci-bots -o jsonpath='{.status.conditions[0].message}'").output).toBe(
      'This FlowSchema references the PriorityLevelConfiguration object named "bots" but there is no such object',
    );
    expect(
      apply(
        env,
        `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: PriorityLevelConfiguration, metadata: {name: bots},
 spec: {type: Limited, limited: {limitResponse: {type: Queue, queuing: {}}}}}`,
      ),
    ).toBe('prioritylevelconfiguration.flowcontrol.apiserver.k8s.io/bots created\n');
    env.run('sleep 1');
    expect(env.run("kubectl get prioritylevelconfiguration bots -o jsonpath='{.spec.limited}'").output).toBe(
      '{"lendablePercent":0,"limitResponse":{"queuing":{"handSize":8,"queueLengthLimit":50,"queues":64},"type":"Queue"},"nominalConcurrencyShares":30}',
    );
    expect(env.run("kubectl get flowschema ci-bots -o jsonpath='{.status.conditions[0].reason}'").output).toBe('Found');
    // clusterScope is omitempty: false is not kept.
    expect(env.run("kubectl get flowschema ci-bots -o jsonpath='{.spec.rules[0].resourceRules[0]}'").output).toBe(
      '{"apiGroups":[""],"namespaces":["*"],"resources":["pods"],"verbs":["list","watch"]}',
    );
  });

  it('refuses invalid objects with kube-apiserver’s wording', () => {
    const env = started(3);
    expect(
      apply(
        env,
        `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: FlowSchema, metadata: {name: bad},
 spec: {matchingPrecedence: 1, distinguisherMethod: {type: ByPod}, priorityLevelConfiguration: {name: ''},
  rules: [{subjects: [{kind: Robot}, {kind: User, group: {name: x}}],
   resourceRules: [{verbs: ['*', get], apiGroups: [], resources: [pods], namespaces: [Default]}],
   nonResourceRules: [{verbs: [fly], nonResourceURLs: [healthz, '/a*']}]}]}}`,
      ),
    ).toBe(
      [
        'The FlowSchema "bad" is invalid: ',
        "* spec.matchingPrecedence: Invalid value: 1: only the schema named 'exempt' may have matchingPrecedence 1",
        '* spec.distinguisherMethod.type: Unsupported value: flowcontrol.FlowDistinguisherMethod{Type:"ByPod"}: supported values: "ByNamespace", "ByUser"',
        '* spec.priorityLevelConfiguration.name: Required value: must reference a priority level',
        '* spec.rules[0].subjects[0].kind: Unsupported value: "Robot": supported values: "Group", "ServiceAccount", "User"',
        "* spec.rules[0].subjects[1].user: Required value: user is required when subject kind is 'User'",
        "* spec.rules[0].subjects[1].group: Forbidden: group is forbidden when subject kind is not 'Group'",
        `* spec.rules[0].resourceRules[0].verbs: Invalid value: []string{"*", "get"}: if '*' is present, must not specify other verbs`,
        '* spec.rules[0].resourceRules[0].apiGroups: Required value: resource rules must supply at least one api group',
        `* spec.rules[0].resourceRules[0].namespaces[0]: Invalid value: "Default": each member of this list must be '*' or a DNS-1123 label; a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
        '* spec.rules[0].nonResourceRules[0].verbs: Unsupported value: []string{"fly"}: supported values: "create", "delete", "deletecollection", "get", "list", "patch", "proxy", "update", "watch"',
        '* spec.rules[0].nonResourceRules[0].nonResourceURLs[0]: Invalid value: "healthz": must start with slash',
        '* spec.rules[0].nonResourceRules[0].nonResourceURLs[1]: Invalid value: "/a*": wildcard can only do suffix matching',
        '',
      ].join('\n'),
    );
    expect(
      apply(
        env,
        `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: PriorityLevelConfiguration, metadata: {name: tight},
 spec: {type: Limited, exempt: {}, limited: {nominalConcurrencyShares: -1, lendablePercent: 101, borrowingLimitPercent: -5,
  limitResponse: {type: Reject, queuing: {queues: 2}}}}}`,
      ),
    ).toBe(
      [
        'The PriorityLevelConfiguration "tight" is invalid: ',
        '* spec.exempt: Forbidden: must be nil if the type is Limited',
        '* spec.limited.nominalConcurrencyShares: Invalid value: -1: must be a non-negative integer',
        '* spec.limited.limitResponse.queuing: Forbidden: must be nil if limited.limitResponse.type is not Limited',
        '* spec.limited.lendablePercent: Invalid value: 101: must be between 0 and 100, inclusive',
        '* spec.limited.borrowingLimitPercent: Invalid value: -5: if specified, must be a non-negative integer',
        '',
      ].join('\n'),
    );
    expect(
      apply(
        env,
        `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: PriorityLevelConfiguration, metadata: {name: wide},
 spec: {type: Limited, limited: {limitResponse: {type: Queue, queuing: {queues: 128, handSize: 9}}}}}`,
      ),
    ).toBe(
      'The PriorityLevelConfiguration "wide" is invalid: spec.limited.limitResponse.queuing.handSize: Invalid value: 9: required entropy bits of deckSize 128 and handSize 9 should not be greater than 60\n',
    );
    expect(
      apply(
        env,
        `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: PriorityLevelConfiguration, metadata: {name: exempt},
 spec: {type: Limited, limited: {limitResponse: {type: Reject}}}}`,
      ),
    ).toContain(`spec.type: Invalid value: "Limited": type must be 'Exempt' if and only if name is 'exempt'`);
    expect(
      env.run(`kubectl patch flowschema catch-all --type=merge -p '{"spec":{"matchingPrecedence":9999}}'`).output,
    ).toMatch(
      /^The FlowSchema "catch-all" is invalid: spec: Invalid value: .*: spec of 'catch-all' must equal the fixed value\n$/,
    );
  });

  it('puts the bootstrap configuration back within a minute, unless a suggested object opted out', () => {
    const env = started(3);
    env.run('kubectl delete flowschema global-default');
    env.run('kubectl delete prioritylevelconfiguration exempt');
    env.run('sleep 1');
    expect(ages(env.run('kubectl get flowschema probes').output)).toMatch(/\nprobes +exempt +2 +<none> +#+ +True\n$/);
    env.run(
      `kubectl patch prioritylevelconfiguration global-default --type=merge -p '{"spec":{"limited":{"nominalConcurrencyShares":7}}}'`,
    );
    env.run(
      `kubectl patch prioritylevelconfiguration workload-low --type=merge -p '{"metadata":{"annotations":{"apf.kubernetes.io/autoupdate-spec":"false"}},"spec":{"limited":{"nominalConcurrencyShares":7}}}'`,
    );
    // The exempt level's own numbers are the one part of a mandatory spec that may change.
    env.run('sleep 60');
    expect(env.run('kubectl get flowschema global-default -o name').output).toBe(
      'flowschema.flowcontrol.apiserver.k8s.io/global-default\n',
    );
    expect(env.run("kubectl get flowschema probes -o jsonpath='{.status.conditions[0].status}'").output).toBe('False');
    const shares = (name: string) =>
      env.run(`kubectl get prioritylevelconfiguration ${name} -o jsonpath='{.spec.limited.nominalConcurrencyShares}'`)
        .output;
    expect(shares('global-default')).toBe('20');
    expect(shares('workload-low')).toBe('7');
    // An auto-updated object the bootstrap does not know goes.
    apply(
      env,
      `{apiVersion: flowcontrol.apiserver.k8s.io/v1, kind: PriorityLevelConfiguration,
 metadata: {name: stale, annotations: {apf.kubernetes.io/autoupdate-spec: 'true'}},
 spec: {type: Limited, limited: {limitResponse: {type: Reject}}}}`,
    );
    env.run('sleep 60');
    expect(env.run('kubectl get prioritylevelconfiguration stale').output).toBe(
      'Error from server (NotFound): prioritylevelconfigurations.flowcontrol.apiserver.k8s.io "stale" not found\n',
    );
  });

  it('is put back as kube-apiserver starts again', () => {
    const env = started(3);
    env.run('kubectl delete flowschema probes');
    env.run('minikube stop');
    env.run('minikube start');
    expect(env.run('kubectl get flowschema probes -o name').output).toBe(
      'flowschema.flowcontrol.apiserver.k8s.io/probes\n',
    );
  });

  it('is served and described like the other cluster-scoped kinds', () => {
    const env = started(3);
    expect(env.run('kubectl api-resources --api-group=flowcontrol.apiserver.k8s.io').output).toBe(
      'NAME                          SHORTNAMES   APIVERSION                        NAMESPACED   KIND\n' +
        'flowschemas                                flowcontrol.apiserver.k8s.io/v1   false        FlowSchema\n' +
        'prioritylevelconfigurations                flowcontrol.apiserver.k8s.io/v1   false        PriorityLevelConfiguration\n',
    );
    const described = env.run('kubectl describe flowschema exempt').output;
    expect(described).toMatch(/^Name: +exempt\n/);
    expect(described).toContain('Kind:         FlowSchema\n');
    expect(described).toMatch(/ +Type: +Dangling\n/);
    expect(env.run('kubectl delete flowschema exempt').output).toBe(
      'flowschema.flowcontrol.apiserver.k8s.io "exempt" deleted\n',
    );
  });
});
