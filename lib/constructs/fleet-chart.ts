import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { VersionedService } from './versioned-service';
import { FleetConfig, FleetEnvironment, FleetService } from '../fleet/fleet-config';

/** The label every object of a fleet carries, with the fleet's name, so that `kubectl apply --prune -l` finds them. */
export const FLEET_PART_OF_LABEL = 'app.kubernetes.io/part-of';

/** Props for `FleetChart`. */
export interface FleetChartProps {
  /** The fleet. */
  readonly fleet: FleetConfig;
  /** The service. */
  readonly service: FleetService;
  /** The environment. */
  readonly environment: FleetEnvironment;
}

/**
 * One service of a fleet in one environment: the service at the step the fleet configuration says is live there,
 * in the environment's namespace, every object labelled with the fleet's name.
 */
export class FleetChart extends Chart {
  /** The step rendered. */
  public readonly step: string;
  /** The service at that step. */
  public readonly versionedService: VersionedService;

  constructor(scope: Construct, id: string, props: FleetChartProps) {
    super(scope, id, { namespace: props.environment.namespace, labels: { [FLEET_PART_OF_LABEL]: props.fleet.name } });
    this.step = props.service.live[props.environment.name];
    this.versionedService = new VersionedService(this, 'Service', {
      app: props.service.name,
      port: props.service.port,
      plan: props.service.plan,
      phase: this.step,
    });
  }
}
