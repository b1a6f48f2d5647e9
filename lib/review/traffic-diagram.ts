import { accessMatrix } from '../analysis/access-matrix';
import { Manifest } from '../manifest/manifest';
import { isSecurity } from '../manifest/security';
import { accessTable } from './access-table';
import { renderTrafficModel } from './traffic-flowchart';
import { _TrafficModels } from './traffic-model';

/**
 * A Mermaid flowchart of where requests go, top to bottom: clients, the Gateways with their servers, the
 * VirtualServices with their rules in match order, the Services with their versions (stable and candidate, images
 * and replicas, the DestinationRule's subsets and traffic policy), the Services that workloads call, and the
 * external hosts they may or may not reach. Line width is the share of requests; 0% is grey and dotted; mirrors
 * are the only dashed lines. With the manifests of the previous phase, it marks what is new, changed or removed.
 */
export function trafficDiagram(manifests: Manifest[], previous?: Manifest[]): string {
  return renderTrafficModel(new _TrafficModels().model(manifests, previous));
}

/** The phase before, to show what changed since. */
export interface PreviousPhase {
  /** Its name, e.g. `10-redirect-greeting`. */
  readonly title: string;
  /** Its manifests. */
  readonly manifests: Manifest[];
}

/** How to read the diagram, under it. */
const LEGEND = 'Line width is the share of a route\'s requests; grey dotted lines carry none (0%); dashed lines are mirrored copies; '
  + 'amber marks the candidate, dashed boxes versions without pods, red what a REGISTRY_ONLY Sidecar blocks.';

/**
 * A TRAFFIC.md page for a phase folder: a title, the flowchart (which GitHub renders) and how to read it; when the
 * phase has PeerAuthentications or AuthorizationPolicies, who may call whom.
 */
export function trafficPage(title: string, manifests: Manifest[], previous?: PreviousPhase): string {
  return _trafficPage(title, manifests, previous, new _TrafficModels());
}

/**
 * `trafficPage`, with the models of the other phases of the same synth, and sections of Markdown to end it with.
 * @internal
 */
export function _trafficPage(title: string, manifests: Manifest[], previous: PreviousPhase | undefined, models: _TrafficModels, sections: readonly string[] = []): string {
  const since = previous === undefined ? '' : ` Blue marks what changed since ${previous.title}.`;
  // The matrix compares every caller with every Service: only worth it, and only shown, when policies decide.
  const enforced = manifests.some((manifest) => isSecurity(manifest, 'AuthorizationPolicy') || isSecurity(manifest, 'PeerAuthentication'));
  const access = enforced ? ['## Who may call whom', '', accessTable(accessMatrix(manifests)), ''] : [];
  return [
    `# ${title}`,
    '',
    'Where requests go in this phase, generated from the manifests of this folder.',
    '',
    '```mermaid',
    renderTrafficModel(models.model(manifests, previous?.manifests)),
    '```',
    '',
    `${LEGEND}${since}`,
    '',
    ...access,
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
