/**
 * `kubectl explain`: field documentation for the kinds the labs use, from the Kubernetes OpenAPI
 * descriptions (abridged), in kubectl v1.32's layout.
 */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { api, resolveType } from '../env.js';
import { defineCommand, type CommandInv } from './globals.js';

interface Field {
  readonly type: string;
  readonly doc: string;
  readonly required?: boolean;
}
interface Schema {
  readonly doc: string;
  readonly fields: Readonly<Record<string, Field>>;
}

const OBJ_META: Field = {
  type: 'ObjectMeta',
  doc: "Standard object's metadata. More info:\nhttps://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
};
const API_VERSION: Field = {
  type: 'string',
  doc: 'APIVersion defines the versioned schema of this representation of an object.\nServers should convert recognized schemas to the latest internal value, and\nmay reject unrecognized values. More info:\nhttps://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
};
const KIND: Field = {
  type: 'string',
  doc: 'Kind is a string value representing the REST resource this object\nrepresents. Servers may infer this from the endpoint the client submits\nrequests to. Cannot be updated. In CamelCase. More info:\nhttps://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
};
const top = (spec: string, status: string): Record<string, Field> => ({
  apiVersion: API_VERSION,
  kind: KIND,
  metadata: OBJ_META,
  spec: { type: spec, doc: `Specification of the desired behavior of the ${spec.replace(/Spec$/, '')}.` },
  status: {
    type: status,
    doc: `Most recently observed status of the ${status.replace(/Status$/, '')}. This data may not be up to date.\nPopulated by the system. Read-only.`,
  },
});

const SCHEMAS: Readonly<Record<string, Schema>> = {
  'v1/Pod': {
    doc: 'Pod is a collection of containers that can run on a host. This resource is\ncreated by clients and scheduled onto hosts.',
    fields: top('PodSpec', 'PodStatus'),
  },
  'v1/Pod.spec': {
    doc: 'Specification of the desired behavior of the pod. More info:\nhttps://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status\nPodSpec is a description of a pod.',
    fields: {
      containers: {
        type: '[]Container',
        required: true,
        doc: 'List of containers belonging to the pod. Containers cannot currently be\nadded or removed. There must be at least one container in a Pod. Cannot be\nupdated.',
      },
      initContainers: { type: '[]Container', doc: 'List of initialization containers belonging to the pod.' },
      nodeName: { type: 'string', doc: 'NodeName indicates in which node this pod is scheduled.' },
      nodeSelector: {
        type: 'map[string]string',
        doc: "NodeSelector is a selector which must be true for the pod to fit on a node.\nSelector which must match a node's labels for the pod to be scheduled on\nthat node.",
      },
      restartPolicy: {
        type: 'string',
        doc: 'Restart policy for all containers within the pod. One of Always, OnFailure,\nNever. In some contexts, only a subset of those values may be permitted.\nDefault to Always.',
      },
      serviceAccountName: {
        type: 'string',
        doc: 'ServiceAccountName is the name of the ServiceAccount to use to run this pod.',
      },
      tolerations: { type: '[]Toleration', doc: "If specified, the pod's tolerations." },
      volumes: { type: '[]Volume', doc: 'List of volumes that can be mounted by containers belonging to the pod.' },
    },
  },
  'v1/Pod.spec.containers': {
    doc: 'List of containers belonging to the pod. Containers cannot currently be\nadded or removed. There must be at least one container in a Pod. Cannot be\nupdated.\nA single application container that you want to run within a pod.',
    fields: {
      args: {
        type: '[]string',
        doc: "Arguments to the entrypoint. The container image's CMD is used if this is\nnot provided.",
      },
      command: {
        type: '[]string',
        doc: "Entrypoint array. Not executed within a shell. The container image's\nENTRYPOINT is used if this is not provided.",
      },
      env: { type: '[]EnvVar', doc: 'List of environment variables to set in the container. Cannot be updated.' },
      image: {
        type: 'string',
        doc: 'Container image name. More info:\nhttps://kubernetes.io/docs/concepts/containers/images',
      },
      imagePullPolicy: {
        type: 'string',
        doc: 'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if\n:latest tag is specified, or IfNotPresent otherwise. Cannot be updated.',
      },
      livenessProbe: {
        type: 'Probe',
        doc: 'Periodic probe of container liveness. Container will be restarted if the\nprobe fails. Cannot be updated.',
      },
      name: {
        type: 'string',
        required: true,
        doc: 'Name of the container specified as a DNS_LABEL. Each container in a pod\nmust have a unique name (DNS_LABEL). Cannot be updated.',
      },
      ports: { type: '[]ContainerPort', doc: 'List of ports to expose from the container.' },
      readinessProbe: {
        type: 'Probe',
        doc: 'Periodic probe of container service readiness. Container will be removed\nfrom service endpoints if the probe fails. Cannot be updated.',
      },
      resources: {
        type: 'ResourceRequirements',
        doc: 'Compute Resources required by this container. Cannot be updated.',
      },
      volumeMounts: {
        type: '[]VolumeMount',
        doc: "Pod volumes to mount into the container's filesystem. Cannot be updated.",
      },
    },
  },
  'apps/v1/Deployment': {
    doc: 'Deployment enables declarative updates for Pods and ReplicaSets.',
    fields: top('DeploymentSpec', 'DeploymentStatus'),
  },
  'apps/v1/Deployment.spec': {
    doc: 'Specification of the desired behavior of the Deployment.\nDeploymentSpec is the specification of the desired behavior of the\nDeployment.',
    fields: {
      minReadySeconds: {
        type: 'integer',
        doc: 'Minimum number of seconds for which a newly created pod should be ready\nwithout any of its container crashing, for it to be considered available.\nDefaults to 0 (pod will be considered available as soon as it is ready)',
      },
      paused: { type: 'boolean', doc: 'Indicates that the deployment is paused.' },
      progressDeadlineSeconds: {
        type: 'integer',
        doc: 'The maximum time in seconds for a deployment to make progress before it is\nconsidered to be failed. Defaults to 600s.',
      },
      replicas: {
        type: 'integer',
        doc: 'Number of desired pods. This is a pointer to distinguish between explicit\nzero and not specified. Defaults to 1.',
      },
      revisionHistoryLimit: {
        type: 'integer',
        doc: 'The number of old ReplicaSets to retain to allow rollback. Defaults to 10.',
      },
      selector: {
        type: 'LabelSelector',
        required: true,
        doc: "Label selector for pods. Existing ReplicaSets whose pods are selected by\nthis will be the ones affected by this deployment. It must match the pod\ntemplate's labels.",
      },
      strategy: {
        type: 'DeploymentStrategy',
        doc: 'The deployment strategy to use to replace existing pods with new ones.',
      },
      template: {
        type: 'PodTemplateSpec',
        required: true,
        doc: 'Template describes the pods that will be created. The only allowed\ntemplate.spec.restartPolicy value is "Always".',
      },
    },
  },
  'v1/Service': {
    doc: 'Service is a named abstraction of software service (for example, mysql)\nconsisting of local port (for example 3306) that the proxy listens on, and\nthe selector that determines which pods will answer requests sent through\nthe proxy.',
    fields: top('ServiceSpec', 'ServiceStatus'),
  },
  'v1/Service.spec': {
    doc: 'Spec defines the behavior of a service.\nServiceSpec describes the attributes that a user creates on a service.',
    fields: {
      clusterIP: {
        type: 'string',
        doc: 'clusterIP is the IP address of the service and is usually assigned\nrandomly.',
      },
      ports: { type: '[]ServicePort', doc: 'The list of ports that are exposed by this service.' },
      selector: {
        type: 'map[string]string',
        doc: 'Route service traffic to pods with label keys and values matching this\nselector.',
      },
      type: {
        type: 'string',
        doc: 'type determines how the Service is exposed. Defaults to ClusterIP. Valid\noptions are ExternalName, ClusterIP, NodePort, and LoadBalancer.',
      },
    },
  },
};

const indent = (text: string, n: number): string =>
  text
    .split('\n')
    .map((l) => `${' '.repeat(n)}${l}`)
    .join('\n');

const explainFlags = flagList(
  {
    name: 'recursive',
    type: 'bool',
    usage:
      'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.',
  },
  { name: 'api-version', type: 'string', usage: 'Use given api-version (group/version) of the resource.' },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    default: 'plaintext',
    usage: 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).',
  },
);

function explain(inv: CommandInv<typeof explainFlags>): CommandOutcome {
  const target = inv.args[0];
  if (!target)
    throw new KubectlError(
      'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  api(inv);
  const [typeName = '', ...path] = target.split('.');
  // The mapper's NoResourceMatchError reaches cmdutil.CheckErr as is, which prints it without `error: `.
  const type = (() => {
    try {
      return resolveType(inv, typeName);
    } catch (e) {
      if (e instanceof KubectlError) throw new RawError(e.message);
      throw e;
    }
  })();
  const apiVersion = type.group ? `${type.group}/${type.version}` : type.version;
  const key = [`${apiVersion}/${type.kind}`, ...path].join('.');
  const schema = SCHEMAS[key];
  const parentKey = [`${apiVersion}/${type.kind}`, ...path.slice(0, -1)].join('.');
  const parent = SCHEMAS[parentKey];
  const last = path[path.length - 1];
  const field = last ? parent?.fields[last] : undefined;
  const header = `${type.group ? `GROUP:      ${type.group}\n` : ''}KIND:       ${type.kind}\nVERSION:    ${type.version}\n\n`;
  if (!schema && !field) {
    // The template has printed the kind's header when it finds no such field (kubectl pkg/explain/v2/templates).
    if (path.length > 0) {
      inv.out.print(header);
      throw new KubectlError(`field "${last ?? ''}" does not exist`);
    }
    return {
      stdout:
        `GROUP:      ${type.group}\nKIND:       ${type.kind}\nVERSION:    ${type.version}\n\nDESCRIPTION:\n    ${type.kind} is a Kubernetes ${type.namespaced ? 'namespaced' : 'cluster-scoped'} resource.\n    \n`.replace(
          /^GROUP: {6}\n/,
          '',
        ),
      stderr: '',
      exitCode: 0,
    };
  }
  let out = header;
  // `FIELD: name <type>`, its enum line (none here), then a blank line (plaintext.tmpl, "output").
  if (path.length > 0) out += `FIELD: ${last ?? ''} <${field?.type ?? 'Object'}>\n\n\n`;
  out += `DESCRIPTION:\n${indent(schema?.doc ?? field?.doc ?? '', 4)}\n    \n`;
  if (schema) {
    out += 'FIELDS:\n';
    for (const [name, fld] of Object.entries(schema.fields).sort(([a], [b]) => (a < b ? -1 : 1))) {
      out += `  ${name}\t<${fld.type}>${fld.required ? ' -required-' : ''}\n${indent(fld.doc, 4)}\n\n`;
    }
  }
  return { stdout: out, stderr: '', exitCode: 0 };
}

export const explainCommand = defineCommand({
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  short: 'Get documentation for a resource',
  long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]

 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers`,
  group: 'Basic Commands (Intermediate)',
  flags: explainFlags,
  run: explain,
});
