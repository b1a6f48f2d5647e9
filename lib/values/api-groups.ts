// Apart from the generated classes: the read model and the analysis name the group without loading them.

/** The Gateway API's group, as route references name it. */
export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
