// Compiled by `npm run typecheck`, never run: the renders are typed with the generated Istio interfaces, so a
// misspelled field is a compile error. Each `@ts-expect-error` fails the typecheck if the error goes away.
import * as istio from '../../imports/networking.istio.io.cjs';
import { _routeToIstio } from '../../lib/values/http-route';
import { _matchToIstio } from '../../lib/values/http-match';

export const misspelledRoute: ReturnType<typeof _routeToIstio> = {
  // @ts-expect-error `rout` is not a field of an Istio HTTP route
  rout: [{ destination: { host: 'reviews' } }],
};

export const misspelledTimeout: istio.VirtualServiceSpecHttp = {
  // @ts-expect-error `timeot` is not a field of an Istio HTTP route
  timeot: '1s',
};

export const misspelledMatch: ReturnType<typeof _matchToIstio> = {
  // @ts-expect-error `ur` is not a field of an Istio match
  ur: { prefix: '/' },
};

export const misspelledLoadBalancer: istio.DestinationRuleSpecTrafficPolicy = {
  // @ts-expect-error `simpel` is not a field of a load balancer setting
  loadBalancer: { simpel: istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.ROUND_UNDERSCORE_ROBIN },
};
