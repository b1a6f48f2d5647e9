import { ApiObject, JsonPatch, Size } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MeshAnalysis } from './mesh-analysis';
import { MeshService } from './mesh-service';
import { CALLS_ANNOTATION } from '../manifest/security';
import { ServiceVersion } from '../values/service-version';
import { SyncWave, _setSyncWave } from './sync-wave';

/**
 * How the container of every version of a service runs.
 */
export interface WorkloadOptions {
  /**
   * Port the container listens on.
   * @default 3000
   */
  readonly containerPort?: number;
  /**
   * Ports the container listens on, each named, instead of the one `containerPort`; the startup probe checks the first.
   * @default - the one `containerPort`, named `http`
   */
  readonly containerPorts?: WorkloadPort[];
  /**
   * Name of the container.
   * @default 'app'
   */
  readonly containerName?: string;
  /**
   * Entrypoint of the container, e.g. `['/bin/sleep', 'infinity']`.
   * @default - the image's entrypoint
   */
  readonly command?: string[];
  /**
   * Arguments of the entrypoint.
   * @default - the image's arguments
   */
  readonly args?: string[];
  /**
   * Volumes mounted into the container: Secrets, ConfigMaps or empty folders, all referenced, never written.
   * @default - none
   */
  readonly volumes?: WorkloadVolume[];
  /**
   * When the kubelet pulls the image. `Always` matches mutable tags, as in most tutorials.
   * @default plus.ImagePullPolicy.ALWAYS
   */
  readonly imagePullPolicy?: plus.ImagePullPolicy;
  /**
   * Container resources. The cdk8s-plus default (1 CPU requested per container) would not let a
   * few replicas of several versions schedule on a small cluster.
   * @default - requests 50m CPU and 64Mi memory, limits 256Mi memory and no CPU limit
   */
  readonly resources?: plus.ContainerResources;
  /**
   * Container security context. The default lets images built to run as root (most public sample
   * images) start, while still forbidding privilege escalation.
   * @default - runAsNonRoot false, readOnlyRootFilesystem false, allowPrivilegeEscalation false, privileged false
   */
  readonly securityContext?: plus.ContainerSecurityContextProps;
  /**
   * Service account the pods run as, their identity in the mesh (`<trust domain>/ns/<namespace>/sa/<name>`), which
   * AuthorizationPolicies name. The walkthrough's phases before zero trust run as `default`, as its manifests do.
   * @default - the namespace's `default` service account, shared with every workload that names none; no ServiceAccount object
   */
  readonly serviceAccountName?: string;
  /**
   * The calls the workload makes: the Services (or external hosts) it sends requests to. They are the one
   * declaration that the access matrix, the traffic diagrams and `SecurityPosture`'s AuthorizationPolicies read.
   * @default - none besides the Services its environment values name
   */
  readonly calls?: WorkloadCall[];
}

/** A port the container listens on. */
export interface WorkloadPort {
  /** Port number. */
  readonly number: number;
  /**
   * Name of the port, at most 15 characters.
   * @default - `http` for the first, `port-<number>` for the others
   */
  readonly name?: string;
}

interface VolumeMount {
  /** Name of the volume in the pod. */
  readonly name: string;
  /** Folder the volume is mounted at, e.g. `/etc/nginx`. */
  readonly mountPath: string;
  /**
   * Whether the container may only read the volume.
   * @default - true for a Secret or a ConfigMap, false for an empty folder
   */
  readonly readOnly?: boolean;
}

/** A volume of the pods: the keys of a Secret or of a ConfigMap as files, or an empty folder. */
export type WorkloadVolume =
  | (VolumeMount & {
    /** The Secret, in the workload's namespace. */
    readonly secretName: string;
    /**
     * Whether the pod starts without the Secret.
     * @default false
     */
    readonly optional?: boolean;
    readonly configMapName?: never;
    readonly emptyDir?: never;
  })
  | (VolumeMount & {
    /** The ConfigMap, in the workload's namespace. */
    readonly configMapName: string;
    /**
     * Whether the pod starts without the ConfigMap.
     * @default false
     */
    readonly optional?: boolean;
    readonly secretName?: never;
    readonly emptyDir?: never;
  })
  | (VolumeMount & { readonly emptyDir: true; readonly secretName?: never; readonly configMapName?: never; readonly optional?: never });

/**
 * A workload that no subset selects, such as a client (`sleep`, `curl`): a version without a name, whose pods carry
 * `app` only.
 */
export type UnversionedRelease = Omit<ServiceVersion, 'name'> & { readonly name?: never };

/** A call to a Service of the mesh; with `env`, the workload learns the Service's URL from that variable. */
export interface ServiceCall {
  /** The Service called. */
  readonly service: MeshService;
  /**
   * Environment variable that holds the Service's URL (`http://<host>:<port>`).
   * @default - none: the call is written in the calls annotation
   */
  readonly env?: string;
  /**
   * HTTP methods used, e.g. `['GET']`.
   * @default - any
   */
  readonly methods?: string[];
  /**
   * Paths requested, exact or with a `*` prefix or suffix, e.g. `['/hello*']`.
   * @default - any
   */
  readonly paths?: string[];
}

/** A call to a host by name: a ServiceEntry host, or a Service of another app. */
export interface HostCall {
  /** The host, e.g. `api.themoviedb.org` or `reviews.shop.svc.cluster.local`. */
  readonly host: string;
  /**
   * The port called.
   * @default - the Service's only port
   */
  readonly port?: number;
  /**
   * HTTP methods used.
   * @default - any
   */
  readonly methods?: string[];
  /**
   * Paths requested.
   * @default - any
   */
  readonly paths?: string[];
}

/** A call a workload makes. */
export type WorkloadCall = ServiceCall | HostCall;

/**
 * Props for `VersionedWorkload`.
 */
export interface VersionedWorkloadProps extends WorkloadOptions {
  /** The `app` label shared by every version of the service. */
  readonly app: string;
  /**
   * The version this Deployment runs; without a name, the pods carry no `version` label, and the Deployment is named
   * `deploymentName` or the app.
   */
  readonly version: ServiceVersion | UnversionedRelease;
  /**
   * Whether to write the ServiceAccount object of the pods' service account. A `VersionedService` writes one for all
   * its versions instead.
   * @default true when the pods run as a service account of their own
   */
  readonly createServiceAccount?: boolean;
}

const DEFAULT_RESOURCES: plus.ContainerResources = {
  cpu: { request: plus.Cpu.millis(50) },
  memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) },
};

const DEFAULT_SECURITY_CONTEXT: plus.ContainerSecurityContextProps = {
  ensureNonRoot: false,
  readOnlyRootFilesystem: false,
  allowPrivilegeEscalation: false,
  privileged: false,
};

/** The mesh analysis code of a pod template without the app or version label. */
const POD_LABEL_MISSING_FINDING = 'pod-label-missing';

/** Port name of the workload's container; Istio picks the protocol from the Service port, not this one. */
const CONTAINER_PORT_NAME = 'http';

/**
 * One version of a service as a Deployment whose pods carry the `app` and `version` labels that
 * Istio subsets select, and whose selector is exactly those two labels.
 *
 * The TCP startup probe that cdk8s-plus adds on the container port is kept on purpose: with sidecar
 * injection Istio rewrites it to be checked by its agent, so pods count as started only when the
 * application listens.
 */
export class VersionedWorkload extends Construct {
  private readonly _podLabels: Record<string, string>;
  /** The underlying Deployment. */
  public readonly deployment: plus.Deployment;
  /** The version this workload runs. */
  public readonly version: ServiceVersion | UnversionedRelease;
  /** The service account its pods run as, or undefined for the namespace's `default` one. */
  public readonly serviceAccountName?: string;
  /** The ServiceAccount object, when this workload writes it. */
  public readonly serviceAccount?: plus.ServiceAccount;
  private readonly _calls: WorkloadCall[];

  constructor(scope: Construct, id: string, props: VersionedWorkloadProps) {
    super(scope, id);
    this.version = props.version;
    this._podLabels = props.version.name === undefined ? { app: props.app } : { app: props.app, version: props.version.name };
    const ports = containerPorts(props);
    this.serviceAccountName = props.version.serviceAccountName ?? props.serviceAccountName;
    this._calls = [...props.calls ?? []];
    if (this.serviceAccountName !== undefined && props.createServiceAccount !== false) {
      this.serviceAccount = _serviceAccount(this, this.serviceAccountName);
    }

    this.deployment = new plus.Deployment(this, 'Resource', {
      metadata: { name: props.version.deploymentName ?? (props.version.name === undefined ? props.app : `${props.app}-${props.version.name}`), labels: this._podLabels },
      replicas: props.version.replicas ?? 2,
      select: false,
      podMetadata: { labels: this._podLabels },
      securityContext: { ensureNonRoot: false },
      serviceAccount: this.serviceAccountName === undefined ? undefined : plus.ServiceAccount.fromServiceAccountName(this, 'Identity', this.serviceAccountName),
      containers: [{
        name: props.containerName ?? 'app',
        image: props.version.image,
        imagePullPolicy: props.imagePullPolicy ?? plus.ImagePullPolicy.ALWAYS,
        command: props.command && [...props.command],
        args: props.args && [...props.args],
        ports,
        startup: plus.Probe.fromTcpSocket({ port: ports[0].number }),
        volumeMounts: (props.volumes ?? []).map((volume) => ({ path: volume.mountPath, readOnly: volume.readOnly ?? volume.emptyDir !== true, volume: this.volume(volume) })),
        resources: props.resources ?? DEFAULT_RESOURCES,
        securityContext: props.securityContext ?? DEFAULT_SECURITY_CONTEXT,
        envVariables: this.environment(props.version),
      }],
    });
    this.deployment.select(plus.LabelSelector.of({ labels: this._podLabels }));
    const resource = ApiObject.of(this.deployment);
    const annotated = this._calls.filter((call) => !('service' in call) || call.env === undefined || call.methods !== undefined || call.paths !== undefined);
    if (annotated.length > 0) resource.metadata.addAnnotation(CALLS_ANNOTATION, JSON.stringify(annotated.map(callJson)));
    // The address label cdk8s-plus adds follows the construct path: renaming a construct would restart every pod.
    resource.addJsonPatch(JsonPatch.remove('/spec/template/metadata/labels/cdk8s.io~1metadata.addr'));
    _setSyncWave(resource, SyncWave.WORKLOADS);
    // A client without a version is meant: no subset selects it. Its `app` label is always written.
    if (props.version.name === undefined) MeshAnalysis._intend(resource, POD_LABEL_MISSING_FINDING);
    const named = props.version.deploymentName !== undefined;
    const plainEnv = Object.keys(props.version.env ?? {}).length;
    const callEnv = this._calls.filter((call) => 'service' in call && call.env !== undefined).length;
    MeshAnalysis.of(this)._own(resource, this, (field) => workloadProp(field, named, [plainEnv, plainEnv + callEnv]));
    MeshAnalysis._validateProps(this, () => (props.containerPort !== undefined && props.containerPorts !== undefined ? [{
      field: 'containerPorts', value: props.containerPorts.map((port) => port.number), message: `cannot be given beside containerPort ${props.containerPort}`,
      fix: 'list every port in containerPorts, and remove containerPort',
    }] : []));
  }

  /** The calls the workload declares. */
  public get calls(): WorkloadCall[] {
    return [...this._calls];
  }

  /** The labels of every pod: `app` and `version`. */
  public get podLabels(): Record<string, string> {
    return { ...this._podLabels };
  }

  private volume(volume: WorkloadVolume): plus.Volume {
    const id = `Volume-${volume.name}`;
    if (volume.secretName !== undefined) {
      return plus.Volume.fromSecret(this, id, plus.Secret.fromSecretName(this, `${id}-Secret`, volume.secretName), { name: volume.name, optional: volume.optional });
    }
    if (volume.configMapName !== undefined) {
      return plus.Volume.fromConfigMap(this, id, plus.ConfigMap.fromConfigMapName(this, `${id}-ConfigMap`, volume.configMapName), { name: volume.name, optional: volume.optional });
    }
    return plus.Volume.fromEmptyDir(this, id, volume.name);
  }

  private environment(version: ServiceVersion | UnversionedRelease): Record<string, plus.EnvValue> {
    const env: Record<string, plus.EnvValue> = {};
    for (const [name, value] of Object.entries(version.env ?? {})) {
      env[name] = plus.EnvValue.fromValue(value);
    }
    for (const call of this._calls) {
      if ('service' in call && call.env !== undefined) env[call.env] = plus.EnvValue.fromValue(call.service.url);
    }
    for (const [name, ref] of Object.entries(version.secretEnv ?? {})) {
      const secret = plus.Secret.fromSecretName(this, `Secret-${name}`, ref.secretName);
      env[name] = plus.EnvValue.fromSecretValue({ secret, key: ref.key });
    }
    return env;
  }
}

/** The container's ports: the ones given, each named, or the one container port, named `http`. */
function containerPorts(props: WorkloadOptions): plus.ContainerPort[] {
  if (props.containerPorts === undefined || props.containerPorts.length === 0) return [{ number: props.containerPort ?? 3000, name: CONTAINER_PORT_NAME }];
  return props.containerPorts.map((port, index) => ({ number: port.number, name: port.name ?? (index === 0 ? CONTAINER_PORT_NAME : `port-${port.number}`) }));
}

/**
 * A ServiceAccount for pods that call nothing of the Kubernetes API: no token is mounted.
 * @internal
 */
export function _serviceAccount(scope: Construct, name: string): plus.ServiceAccount {
  const account = new plus.ServiceAccount(scope, 'ServiceAccount', { metadata: { name }, automountToken: false });
  const resource = ApiObject.of(account);
  _setSyncWave(resource, SyncWave.POLICIES);
  MeshAnalysis.of(scope)._own(resource, scope, (field) => (field === 'metadata.name' ? 'serviceAccountName' : field));
  return account;
}

/** A call as the calls annotation holds it: the host, the port when known, and the methods and paths when declared. */
function callJson(call: WorkloadCall): Record<string, unknown> {
  const target = 'service' in call ? { host: call.service.host, port: call.service.port } : { host: call.host, port: call.port };
  return JSON.parse(JSON.stringify({ ...target, methods: call.methods, paths: call.paths }));
}

/**
 * The prop behind a field of the Deployment: the version's name, replicas and labels, the container port, the calls
 * (the environment variables they write, between `callEnv`'s bounds, and their annotation). The name is
 * `version.deploymentName` when given, else made of `app` and `version.name`.
 */
function workloadProp(field: string, named: boolean, callEnv: [number, number]): string {
  const env = /^spec\.template\.spec\.containers\[0\]\.env\[(\d+)\]/.exec(field);
  if (env && Number(env[1]) >= callEnv[0] && Number(env[1]) < callEnv[1]) return 'calls';
  if (field === 'metadata.name') return named ? 'version.deploymentName' : 'app, version.name';
  if (field === 'spec.replicas') return 'version.replicas';
  if (/\.labels\.version$/.test(field) || /\.matchLabels\.version$/.test(field)) return 'version.name';
  if (/\.labels\.app$/.test(field) || /\.matchLabels\.app$/.test(field)) return 'app';
  if (/^spec\.template\.spec\.containers\[0\]\.ports\[0\]\.containerPort$/.test(field)) return 'containerPort';
  if (/^spec\.template\.spec\.containers\[0\]\.ports\[\d+\]/.test(field)) return field.replace(/^spec\.template\.spec\.containers\[0\]\.ports/, 'containerPorts');
  if (field.startsWith('metadata.annotations')) return 'calls';
  if (field === 'spec.template.spec.serviceAccountName') return 'serviceAccountName';
  return field;
}
