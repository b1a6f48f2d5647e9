/** An environment variable read from a key of an existing Kubernetes Secret. */
export interface SecretKeyReference {
  /** Name of the Secret, in the workload's namespace. */
  readonly secretName: string;
  /** Key inside the Secret. */
  readonly key: string;
}

/**
 * One version of a service: what differs between the Deployments of a service.
 */
export interface ServiceVersion {
  /** The version name: the pod's `version` label and the DestinationRule subset name, e.g. `v2`. */
  readonly name: string;
  /** Container image, e.g. `learnistio/greeter-service:2.0.0`. */
  readonly image: string;
  /**
   * Number of pods.
   * @default 2
   */
  readonly replicas?: number;
  /**
   * Plain environment variables.
   * @default - none
   */
  readonly env?: Record<string, string>;
  /**
   * Environment variables read from Kubernetes Secrets, so that no secret value appears in the manifests.
   * @default - none
   */
  readonly secretEnv?: Record<string, SecretKeyReference>;
  /**
   * Name of the Deployment.
   * @default - `<app>-<version>`
   */
  readonly deploymentName?: string;
  /**
   * Service account the version's pods run as: their identity in the mesh. A version with an account of its own
   * (a canary run by another team) is only called where the policies allow that identity too.
   * @default - the workload's `serviceAccountName`
   */
  readonly serviceAccountName?: string;
}
