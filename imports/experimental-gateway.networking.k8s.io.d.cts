import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
to match requests by hostname, path, header, or query param. Filters can be
used to specify additional processing steps. Backends specify where matching
requests should be routed.
 *
 * @schema HTTPRoute
 */
export declare class HttpRoute extends ApiObject {
    /**
     * Returns the apiVersion and kind for "HTTPRoute"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "HTTPRoute".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: HttpRouteProps): any;
    /**
     * Defines a "HTTPRoute" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: HttpRouteProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
 * to match requests by hostname, path, header, or query param. Filters can be
 * used to specify additional processing steps. Backends specify where matching
 * requests should be routed.
 *
 * @schema HTTPRoute
 */
export interface HttpRouteProps {
    /**
     * @schema HTTPRoute#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of HTTPRoute.
     *
     * @schema HTTPRoute#spec
     */
    readonly spec: HttpRouteSpec;
}
/**
 * Converts an object of type 'HttpRouteProps' to JSON representation.
 */
export declare function toJson_HttpRouteProps(obj: HttpRouteProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of HTTPRoute.
 *
 * @schema HttpRouteSpec
 */
export interface HttpRouteSpec {
    /**
     * Hostnames defines a set of hostnames that should match against the HTTP Host
     * header to select a HTTPRoute used to process the request. Implementations
     * MUST ignore any port value specified in the HTTP Host header while
     * performing a match and (absent of any applicable header modification
     * configuration) MUST forward this header unmodified to the backend.
     *
     * Valid values for Hostnames are determined by RFC 1123 definition of a
     * hostname with 2 notable exceptions:
     *
     * 1. IPs are not allowed.
     * 2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard
     * label must appear by itself as the first label.
     *
     * If a hostname is specified by both the Listener and HTTPRoute, there
     * must be at least one intersecting hostname for the HTTPRoute to be
     * attached to the Listener. For example:
     *
     * * A Listener with `test.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames, or have specified at
     * least one of `test.example.com` or `*.example.com`.
     * * A Listener with `*.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames or have specified at least
     * one hostname that matches the Listener hostname. For example,
     * `*.example.com`, `test.example.com`, and `foo.test.example.com` would
     * all match. On the other hand, `example.com` and `test.example.net` would
     * not match.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * If both the Listener and HTTPRoute have specified hostnames, any
     * HTTPRoute hostnames that do not match the Listener hostname MUST be
     * ignored. For example, if a Listener specified `*.example.com`, and the
     * HTTPRoute specified `test.example.com` and `test.example.net`,
     * `test.example.net` must not be considered for a match.
     *
     * If both the Listener and HTTPRoute have specified hostnames, and none
     * match with the criteria above, then the HTTPRoute is not accepted. The
     * implementation must raise an 'Accepted' Condition with a status of
     * `False` in the corresponding RouteParentStatus.
     *
     * In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
     * overlapping wildcard matching and exact matching hostnames), precedence must
     * be given to rules from the HTTPRoute with the largest number of:
     *
     * * Characters in a matching non-wildcard hostname.
     * * Characters in a matching hostname.
     *
     * If ties exist across multiple Routes, the matching precedence rules for
     * HTTPRouteMatches takes over.
     *
     * Support: Core
     *
     * @schema HttpRouteSpec#hostnames
     */
    readonly hostnames?: string[];
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     *
     * ParentRefs must be _distinct_. This means either that:
     *
     * * They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     * be unique across all parentRef entries in the Route.
     * * They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.
     *
     * Some examples:
     *
     * * If one ParentRef sets `sectionName`, all ParentRefs referencing the
     * same object must also set `sectionName`.
     * * If one ParentRef sets `port`, all ParentRefs referencing the same
     * object must also set `port`.
     * * If one ParentRef sets `sectionName` and `port`, all ParentRefs
     * referencing the same object must also set `sectionName` and `port`.
     *
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     *
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     * @schema HttpRouteSpec#parentRefs
     */
    readonly parentRefs?: HttpRouteSpecParentRefs[];
    /**
     * Rules are a list of HTTP matchers, filters and actions.
     *
     * @schema HttpRouteSpec#rules
     */
    readonly rules?: HttpRouteSpecRules[];
    /**
     * UseDefaultGateways indicates the default Gateway scope to use for this
     * Route. If unset (the default) or set to None, the Route will not be
     * attached to any default Gateway; if set, it will be attached to any
     * default Gateway supporting the named scope, subject to the usual rules
     * about which Routes a Gateway is allowed to claim.
     *
     * Think carefully before using this functionality! The set of default
     * Gateways supporting the requested scope can change over time without
     * any notice to the Route author, and in many situations it will not be
     * appropriate to request a default Gateway for a given Route -- for
     * example, a Route with specific security requirements should almost
     * certainly not use a default Gateway.
     *
     * @schema HttpRouteSpec#useDefaultGateways
     */
    readonly useDefaultGateways?: HttpRouteSpecUseDefaultGateways;
}
/**
 * Converts an object of type 'HttpRouteSpec' to JSON representation.
 */
export declare function toJson_HttpRouteSpec(obj: HttpRouteSpec | undefined): Record<string, any> | undefined;
/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered
 * a parent of this resource (usually a route). There are two kinds of parent resources
 * with "Core" support:
 *
 * * Gateway (Gateway conformance profile)
 * * Service (Mesh conformance profile, ClusterIP Services only)
 *
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * @schema HttpRouteSpecParentRefs
 */
export interface HttpRouteSpecParentRefs {
    /**
     * Group is the group of the referent.
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * Support for other resources is Implementation-Specific.
     *
     * @schema HttpRouteSpecParentRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent. When unspecified, this refers
     * to the local namespace of the Route.
     *
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port is the network port this Route targets. It can be interpreted
     * differently based on the type of parent resource.
     *
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set `Port` unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     *
     *
     * When the parent resource is a Service, this targets a specific port in the
     * Service spec. When both Port (experimental) and SectionName are specified,
     * the name and port of the selected port must match both specified values.
     *
     *
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     *
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecParentRefs#port
     */
    readonly port?: number;
    /**
     * SectionName is the name of a section within the target resource. In the
     * following resources, SectionName is interpreted as the following:
     *
     * * Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     * * Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     *
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     *
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecParentRefs' to JSON representation.
 */
export declare function toJson_HttpRouteSpecParentRefs(obj: HttpRouteSpecParentRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteRule defines semantics for matching an HTTP request based on
 * conditions (matches), processing it (filters), and forwarding the request to
 * an API object (backendRefs).
 *
 * @schema HttpRouteSpecRules
 */
export interface HttpRouteSpecRules {
    /**
     * BackendRefs defines the backend(s) where matching requests should be
     * sent.
     *
     * Failure behavior here depends on how many BackendRefs are specified and
     * how many are invalid.
     *
     * If *all* entries in BackendRefs are invalid, and there are also no filters
     * specified in this route rule, *all* traffic which matches this rule MUST
     * receive a 500 status code.
     *
     * See the HTTPBackendRef definition for the rules about what makes a single
     * HTTPBackendRef invalid.
     *
     * When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
     * requests that would have otherwise been routed to an invalid backend. If
     * multiple backends are specified, and some are invalid, the proportion of
     * requests that would otherwise have been routed to an invalid backend
     * MUST receive a 500 status code.
     *
     * For example, if two backends are specified with equal weights, and one is
     * invalid, 50 percent of traffic must receive a 500. Implementations may
     * choose how that 50 percent is determined.
     *
     * When a HTTPBackendRef refers to a Service that has no ready endpoints,
     * implementations SHOULD return a 503 for requests to that backend instead.
     * If an implementation chooses to do this, all of the above rules for 500 responses
     * MUST also apply for responses that return a 503.
     *
     * Support: Core for Kubernetes Service
     *
     * Support: Extended for Kubernetes ServiceImport
     *
     * Support: Implementation-specific for any other resource
     *
     * Support for weight: Core
     *
     * @schema HttpRouteSpecRules#backendRefs
     */
    readonly backendRefs?: HttpRouteSpecRulesBackendRefs[];
    /**
     * Filters define the filters that are applied to requests that match
     * this rule.
     *
     * Wherever possible, implementations SHOULD implement filters in the order
     * they are specified.
     *
     * Implementations MAY choose to implement this ordering strictly, rejecting
     * any combination or order of filters that cannot be supported. If implementations
     * choose a strict interpretation of filter ordering, they MUST clearly document
     * that behavior.
     *
     * To reject an invalid combination or order of filters, implementations SHOULD
     * consider the Route Rules with this configuration invalid. If all Route Rules
     * in a Route are invalid, the entire Route would be considered invalid. If only
     * a portion of Route Rules are invalid, implementations MUST set the
     * "PartiallyInvalid" condition for the Route.
     *
     * Conformance-levels at this level are defined based on the type of filter:
     *
     * - ALL core filters MUST be supported by all implementations.
     * - Implementers are encouraged to support extended filters.
     * - Implementation-specific custom filters have no API guarantees across
     * implementations.
     *
     * Specifying the same filter multiple times is not supported unless explicitly
     * indicated in the filter.
     *
     * All filters are expected to be compatible with each other except for the
     * URLRewrite and RequestRedirect filters, which may not be combined. If an
     * implementation cannot support other combinations of filters, they must clearly
     * document that limitation. In cases where incompatible or unsupported
     * filters are specified and cause the `Accepted` condition to be set to status
     * `False`, implementations may use the `IncompatibleFilters` reason to specify
     * this configuration error.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRules#filters
     */
    readonly filters?: HttpRouteSpecRulesFilters[];
    /**
     * Matches define conditions used for matching the rule against incoming
     * HTTP requests. Each match is independent, i.e. this rule will be matched
     * if **any** one of the matches is satisfied.
     *
     * For example, take the following matches configuration:
     *
     * ```
     * matches:
     * - path:
     * value: "/foo"
     * headers:
     * - name: "version"
     * value: "v2"
     * - path:
     * value: "/v2/foo"
     * ```
     *
     * For a request to match against this rule, a request must satisfy
     * EITHER of the two conditions:
     *
     * - path prefixed with `/foo` AND contains the header `version: v2`
     * - path prefix of `/v2/foo`
     *
     * See the documentation for HTTPRouteMatch on how to specify multiple
     * match conditions that should be ANDed together.
     *
     * If no matches are specified, the default is a prefix
     * path match on "/", which has the effect of matching every
     * HTTP request.
     *
     * Proxy or Load Balancer routing configuration generated from HTTPRoutes
     * MUST prioritize matches based on the following criteria, continuing on
     * ties. Across all rules specified on applicable Routes, precedence must be
     * given to the match having:
     *
     * * "Exact" path match.
     * * "Prefix" path match with largest number of characters.
     * * Method match.
     * * Largest number of header matches.
     * * Largest number of query param matches.
     *
     * Note: The precedence of RegularExpression path matches are implementation-specific.
     *
     * If ties still exist across multiple Routes, matching precedence MUST be
     * determined in order of the following criteria, continuing on ties:
     *
     * * The oldest Route based on creation timestamp.
     * * The Route appearing first in alphabetical order by
     * "{namespace}/{name}".
     *
     * If ties still exist within an HTTPRoute, matching precedence MUST be granted
     * to the FIRST matching rule (in list order) with a match meeting the above
     * criteria.
     *
     * When no rules matching a request have been successfully attached to the
     * parent a request is coming from, a HTTP 404 status code MUST be returned.
     *
     * @schema HttpRouteSpecRules#matches
     */
    readonly matches?: HttpRouteSpecRulesMatches[];
    /**
     * Name is the name of the route rule. This name MUST be unique within a Route if it is set.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRules#name
     */
    readonly name?: string;
    /**
     * Retry defines the configuration for when to retry an HTTP request.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRules#retry
     */
    readonly retry?: HttpRouteSpecRulesRetry;
    /**
     * SessionPersistence defines and configures session persistence
     * for the route rule.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRules#sessionPersistence
     */
    readonly sessionPersistence?: HttpRouteSpecRulesSessionPersistence;
    /**
     * Timeouts defines the timeouts that can be configured for an HTTP request.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRules#timeouts
     */
    readonly timeouts?: HttpRouteSpecRulesTimeouts;
}
/**
 * Converts an object of type 'HttpRouteSpecRules' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRules(obj: HttpRouteSpecRules | undefined): Record<string, any> | undefined;
/**
 * UseDefaultGateways indicates the default Gateway scope to use for this
 * Route. If unset (the default) or set to None, the Route will not be
 * attached to any default Gateway; if set, it will be attached to any
 * default Gateway supporting the named scope, subject to the usual rules
 * about which Routes a Gateway is allowed to claim.
 *
 * Think carefully before using this functionality! The set of default
 * Gateways supporting the requested scope can change over time without
 * any notice to the Route author, and in many situations it will not be
 * appropriate to request a default Gateway for a given Route -- for
 * example, a Route with specific security requirements should almost
 * certainly not use a default Gateway.
 *
 * @schema HttpRouteSpecUseDefaultGateways
 */
export declare enum HttpRouteSpecUseDefaultGateways {
    /** All */
    ALL = "All",
    /** None */
    NONE = "None"
}
/**
 * HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.
 *
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 *
 *
 * When the BackendRef points to a Kubernetes Service, implementations SHOULD
 * honor the appProtocol field if it is set for the target Service Port.
 *
 * Implementations supporting appProtocol SHOULD recognize the Kubernetes
 * Standard Application Protocols defined in KEP-3726.
 *
 * If a Service appProtocol isn't specified, an implementation MAY infer the
 * backend protocol through its own means. Implementations MAY infer the
 * protocol from the Route type referring to the backend Service.
 *
 * If a Route is not able to send traffic to the backend using the specified
 * protocol then the backend is considered invalid. Implementations MUST set the
 * "ResolvedRefs" condition to "False" with the "UnsupportedProtocol" reason.
 *
 * @schema HttpRouteSpecRulesBackendRefs
 */
export interface HttpRouteSpecRulesBackendRefs {
    /**
     * Filters defined at this level should be executed if and only if the
     * request is being forwarded to the backend defined here.
     *
     * Support: Implementation-specific (For broader support of filters, use the
     * Filters field in HTTPRouteRule.)
     *
     * @schema HttpRouteSpecRulesBackendRefs#filters
     */
    readonly filters?: HttpRouteSpecRulesBackendRefsFilters[];
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefs#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesBackendRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesBackendRefs#port
     */
    readonly port?: number;
    /**
     * Weight specifies the proportion of requests forwarded to the referenced
     * backend. This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     *
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     *
     * Support for this field varies based on the context where used.
     *
     * @schema HttpRouteSpecRulesBackendRefs#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefs' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefs(obj: HttpRouteSpecRulesBackendRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteSpecRulesFilters
 */
export interface HttpRouteSpecRulesFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#cors
     */
    readonly cors?: HttpRouteSpecRulesFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteSpecRulesFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteSpecRulesFiltersExtensionRef;
    /**
     * ExternalAuth configures settings related to sending request details
     * to an external auth service. The external service MUST authenticate
     * the request, and MAY authorize the request as well.
     *
     * If there is any problem communicating with the external service,
     * this filter MUST fail closed.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#externalAuth
     */
    readonly externalAuth?: HttpRouteSpecRulesFiltersExternalAuth;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteSpecRulesFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteSpecRulesFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteSpecRulesFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteSpecRulesFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesFilters#type
     */
    readonly type: HttpRouteSpecRulesFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteSpecRulesFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFilters' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFilters(obj: HttpRouteSpecRulesFilters | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteMatch defines the predicate used to match requests to a given
 * action. Multiple match types are ANDed together, i.e. the match will
 * evaluate to true only if all conditions are satisfied.
 *
 * For example, the match below will match a HTTP request only if its path
 * starts with `/foo` AND it contains the `version: v1` header:
 *
 * ```
 * match:
 *
 * path:
 * value: "/foo"
 * headers:
 * - name: "version"
 * value "v1"
 *
 * ```
 *
 * @schema HttpRouteSpecRulesMatches
 */
export interface HttpRouteSpecRulesMatches {
    /**
     * Headers specifies HTTP request header matchers. Multiple match values are
     * ANDed together, meaning, a request must match all the specified headers
     * to select the route.
     *
     * @schema HttpRouteSpecRulesMatches#headers
     */
    readonly headers?: HttpRouteSpecRulesMatchesHeaders[];
    /**
     * Method specifies HTTP method matcher.
     * When specified, this route will be matched only if the request has the
     * specified method.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesMatches#method
     */
    readonly method?: HttpRouteSpecRulesMatchesMethod;
    /**
     * Path specifies a HTTP request path matcher. If this field is not
     * specified, a default prefix match on the "/" path is provided.
     *
     * @schema HttpRouteSpecRulesMatches#path
     */
    readonly path?: HttpRouteSpecRulesMatchesPath;
    /**
     * QueryParams specifies HTTP query parameter matchers. Multiple match
     * values are ANDed together, meaning, a request must match all the
     * specified query parameters to select the route.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesMatches#queryParams
     */
    readonly queryParams?: HttpRouteSpecRulesMatchesQueryParams[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatches' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatches(obj: HttpRouteSpecRulesMatches | undefined): Record<string, any> | undefined;
/**
 * Retry defines the configuration for when to retry an HTTP request.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesRetry
 */
export interface HttpRouteSpecRulesRetry {
    /**
     * Attempts specifies the maximum number of times an individual request
     * from the gateway to a backend should be retried.
     *
     * If the maximum number of retries has been attempted without a successful
     * response from the backend, the Gateway MUST return an error.
     *
     * When this field is unspecified, the number of times to attempt to retry
     * a backend request is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesRetry#attempts
     */
    readonly attempts?: number;
    /**
     * Backoff specifies the minimum duration a Gateway should wait between
     * retry attempts and is represented in Gateway API Duration formatting.
     *
     * For example, setting the `rules[].retry.backoff` field to the value
     * `100ms` will cause a backend request to first be retried approximately
     * 100 milliseconds after timing out or receiving a response code configured
     * to be retriable.
     *
     * An implementation MAY use an exponential or alternative backoff strategy
     * for subsequent retry attempts, MAY cap the maximum backoff duration to
     * some amount greater than the specified minimum, and MAY add arbitrary
     * jitter to stagger requests, as long as unsuccessful backend requests are
     * not retried before the configured minimum duration.
     *
     * If a Request timeout (`rules[].timeouts.request`) is configured on the
     * route, the entire duration of the initial request and any retry attempts
     * MUST not exceed the Request timeout duration. If any retry attempts are
     * still in progress when the Request timeout duration has been reached,
     * these SHOULD be canceled if possible and the Gateway MUST immediately
     * return a timeout error.
     *
     * If a BackendRequest timeout (`rules[].timeouts.backendRequest`) is
     * configured on the route, any retry attempts which reach the configured
     * BackendRequest timeout duration without a response SHOULD be canceled if
     * possible and the Gateway should wait for at least the specified backoff
     * duration before attempting to retry the backend request again.
     *
     * If a BackendRequest timeout is _not_ configured on the route, retry
     * attempts MAY time out after an implementation default duration, or MAY
     * remain pending until a configured Request timeout or implementation
     * default duration for total request time is reached.
     *
     * When this field is unspecified, the time to wait between retry attempts
     * is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesRetry#backoff
     */
    readonly backoff?: string;
    /**
     * Codes defines the HTTP response status codes for which a backend request
     * should be retried.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesRetry#codes
     */
    readonly codes?: number[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesRetry' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesRetry(obj: HttpRouteSpecRulesRetry | undefined): Record<string, any> | undefined;
/**
 * SessionPersistence defines and configures session persistence
 * for the route rule.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesSessionPersistence
 */
export interface HttpRouteSpecRulesSessionPersistence {
    /**
     * AbsoluteTimeout defines the absolute timeout of the persistent
     * session. Once the AbsoluteTimeout duration has elapsed, the
     * session becomes invalid.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesSessionPersistence#absoluteTimeout
     */
    readonly absoluteTimeout?: string;
    /**
     * CookieConfig provides configuration settings that are specific
     * to cookie-based session persistence.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesSessionPersistence#cookieConfig
     */
    readonly cookieConfig?: HttpRouteSpecRulesSessionPersistenceCookieConfig;
    /**
     * IdleTimeout defines the idle timeout of the persistent session.
     * Once the session has been idle for more than the specified
     * IdleTimeout duration, the session becomes invalid.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesSessionPersistence#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * SessionName defines the name of the persistent session token
     * which may be reflected in the cookie or the header. Users
     * should avoid reusing session names to prevent unintended
     * consequences, such as rejection or unpredictable behavior.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteSpecRulesSessionPersistence#sessionName
     */
    readonly sessionName?: string;
    /**
     * Type defines the type of session persistence such as through
     * the use of a header or cookie. Defaults to cookie based session
     * persistence.
     *
     * Support: Core for "Cookie" type
     *
     * Support: Extended for "Header" type
     *
     * @default cookie based session
     * @schema HttpRouteSpecRulesSessionPersistence#type
     */
    readonly type?: HttpRouteSpecRulesSessionPersistenceType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesSessionPersistence' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesSessionPersistence(obj: HttpRouteSpecRulesSessionPersistence | undefined): Record<string, any> | undefined;
/**
 * Timeouts defines the timeouts that can be configured for an HTTP request.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesTimeouts
 */
export interface HttpRouteSpecRulesTimeouts {
    /**
     * BackendRequest specifies a timeout for an individual request from the gateway
     * to a backend. This covers the time from when the request first starts being
     * sent from the gateway to when the full response has been received from the backend.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * An entire client HTTP transaction with a gateway, covered by the Request timeout,
     * may result in more than one call from the gateway to the destination backend,
     * for example, if automatic retries are supported.
     *
     * The value of BackendRequest must be a Gateway API Duration string as defined by
     * GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
     * when specified, the value of BackendRequest must be no more than the value of the
     * Request timeout (since the Request timeout encompasses the BackendRequest timeout).
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesTimeouts#backendRequest
     */
    readonly backendRequest?: string;
    /**
     * Request specifies the maximum duration for a gateway to respond to an HTTP request.
     * If the gateway has not been able to respond before this deadline is met, the gateway
     * MUST return a timeout error.
     *
     * For example, setting the `rules.timeouts.request` field to the value `10s` in an
     * `HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds
     * to complete.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * This timeout is intended to cover as close to the whole request-response transaction
     * as possible although an implementation MAY choose to start the timeout after the entire
     * request stream has been received instead of immediately after the transaction is
     * initiated by the client.
     *
     * The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
     * field is unspecified, request timeout behavior is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesTimeouts#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesTimeouts' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesTimeouts(obj: HttpRouteSpecRulesTimeouts | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteSpecRulesBackendRefsFilters
 */
export interface HttpRouteSpecRulesBackendRefsFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#cors
     */
    readonly cors?: HttpRouteSpecRulesBackendRefsFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteSpecRulesBackendRefsFiltersExtensionRef;
    /**
     * ExternalAuth configures settings related to sending request details
     * to an external auth service. The external service MUST authenticate
     * the request, and MAY authorize the request as well.
     *
     * If there is any problem communicating with the external service,
     * this filter MUST fail closed.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#externalAuth
     */
    readonly externalAuth?: HttpRouteSpecRulesBackendRefsFiltersExternalAuth;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteSpecRulesBackendRefsFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#type
     */
    readonly type: HttpRouteSpecRulesBackendRefsFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFilters' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFilters(obj: HttpRouteSpecRulesBackendRefsFilters | undefined): Record<string, any> | undefined;
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersCors
 */
export interface HttpRouteSpecRulesFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `AllowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `AllowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     * If config contains the wildcard "*" in allowHeaders and the request is
     * not credentialed, the `Access-Control-Allow-Headers` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Headers from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Headers` response header. When
     * also the `AllowCredentials` field is true and `AllowHeaders` field
     * is specified with the `*` wildcard, the gateway must specify one or more
     * HTTP headers in the value of the `Access-Control-Allow-Headers` response
     * header. The value of the header `Access-Control-Allow-Headers` is same as
     * the `Access-Control-Request-Headers` header provided by the client. If
     * the header `Access-Control-Request-Headers` is not included in the
     * request, the gateway will omit the `Access-Control-Allow-Headers`
     * response header, instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `AllowMethods` field.
     *
     * When the `AllowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `AllowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If config contains the wildcard "*" in allowMethods and the request is
     * not credentialed, the `Access-Control-Allow-Methods` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Method from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Methods` response header. When
     * also the `AllowCredentials` field is true and `AllowMethods` field
     * specified with the `*` wildcard, the gateway must specify one HTTP method
     * in the value of the Access-Control-Allow-Methods response header. The
     * value of the header `Access-Control-Allow-Methods` is same as the
     * `Access-Control-Request-Method` header provided by the client. If the
     * header `Access-Control-Request-Method` is not included in the request,
     * the gateway will omit the `Access-Control-Allow-Methods` response header,
     * instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteSpecRulesFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `AllowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * When config has the wildcard ("*") in allowOrigins, and the request
     * is not credentialed (e.g., it is a preflight request), the
     * `Access-Control-Allow-Origin` response header either contains the
     * wildcard as well or the Origin from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Origin` response header. When
     * also the `AllowCredentials` field is true and `AllowOrigins` field
     * specified with the `*` wildcard, the gateway must return a single origin
     * in the value of the `Access-Control-Allow-Origin` response header,
     * instead of specifying the `*` wildcard. The value of the header
     * `Access-Control-Allow-Origin` is same as the `Origin` header provided by
     * the client.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `ExposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients. The `Access-Control-Expose-Headers` response header can only
     * use `*` wildcard as value when the request is not credentialed.
     *
     * When the `exposeHeaders` config field contains the "*" wildcard and
     * the request is credentialed, the gateway cannot use the `*` wildcard in
     * the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteSpecRulesFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersCors(obj: HttpRouteSpecRulesFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteSpecRulesFiltersExtensionRef
 */
export interface HttpRouteSpecRulesFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteSpecRulesFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExtensionRef(obj: HttpRouteSpecRulesFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * ExternalAuth configures settings related to sending request details
 * to an external auth service. The external service MUST authenticate
 * the request, and MAY authorize the request as well.
 *
 * If there is any problem communicating with the external service,
 * this filter MUST fail closed.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersExternalAuth
 */
export interface HttpRouteSpecRulesFiltersExternalAuth {
    /**
     * BackendRef is a reference to a backend to send authorization
     * requests to.
     *
     * The backend must speak the selected protocol (GRPC or HTTP) on the
     * referenced port.
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuth#backendRef
     */
    readonly backendRef: HttpRouteSpecRulesFiltersExternalAuthBackendRef;
    /**
     * ForwardBody controls if requests to the authorization server should include
     * the body of the client request; and if so, how big that body is allowed
     * to be.
     *
     * It is expected that implementations will buffer the request body up to
     * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
     * 4xx series error (413 or 403 are common examples), and fail processing
     * of the filter.
     *
     * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
     * be forwarded.
     *
     * Feature Name: HTTPRouteExternalAuthForwardBody
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuth#forwardBody
     */
    readonly forwardBody?: HttpRouteSpecRulesFiltersExternalAuthForwardBody;
    /**
     * GRPCAuthConfig contains configuration for communication with ext_authz
     * protocol-speaking backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuth#grpc
     */
    readonly grpc?: HttpRouteSpecRulesFiltersExternalAuthGrpc;
    /**
     * HTTPAuthConfig contains configuration for communication with HTTP-speaking
     * backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuth#http
     */
    readonly http?: HttpRouteSpecRulesFiltersExternalAuthHttp;
    /**
     * ExternalAuthProtocol describes which protocol to use when communicating with an
     * ext_authz authorization server.
     *
     * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
     * on the port specified in `backendRefs`. Requests and responses are defined
     * in the protobufs explained at:
     * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
     *
     * When this is set to HTTP, each backend must respond with a `200` status
     * code in on a successful authorization. Any other code is considered
     * an authorization failure.
     *
     * Feature Names:
     * GRPC Support - HTTPRouteExternalAuthGRPC
     * HTTP Support - HTTPRouteExternalAuthHTTP
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuth#protocol
     */
    readonly protocol: HttpRouteSpecRulesFiltersExternalAuthProtocol;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExternalAuth' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExternalAuth(obj: HttpRouteSpecRulesFiltersExternalAuth | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier
 */
export interface HttpRouteSpecRulesFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier(obj: HttpRouteSpecRulesFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersRequestMirror
 */
export interface HttpRouteSpecRulesFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteSpecRulesFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteSpecRulesFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestMirror(obj: HttpRouteSpecRulesFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirect
 */
export interface HttpRouteSpecRulesFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteSpecRulesFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteSpecRulesFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteSpecRulesFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestRedirect(obj: HttpRouteSpecRulesFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier
 */
export interface HttpRouteSpecRulesFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier(obj: HttpRouteSpecRulesFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesFiltersType
 */
export declare enum HttpRouteSpecRulesFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS",
    /** ExternalAuth */
    EXTERNAL_AUTH = "ExternalAuth"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersUrlRewrite
 */
export interface HttpRouteSpecRulesFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteSpecRulesFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersUrlRewrite(obj: HttpRouteSpecRulesFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request
 * headers.
 *
 * @schema HttpRouteSpecRulesMatchesHeaders
 */
export interface HttpRouteSpecRulesMatchesHeaders {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * When a header is repeated in an HTTP request, it is
     * implementation-specific behavior as to how this is represented.
     * Generally, proxies should follow the guidance from the RFC:
     * https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
     * processing a repeated header, with special handling for "Set-Cookie".
     *
     * @schema HttpRouteSpecRulesMatchesHeaders#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the header.
     *
     * Support: Core (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression HeaderMatchType has implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other dialects
     * of regular expressions. Please read the implementation's documentation to
     * determine the supported dialect.
     *
     * @schema HttpRouteSpecRulesMatchesHeaders#type
     */
    readonly type?: HttpRouteSpecRulesMatchesHeadersType;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesMatchesHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesHeaders' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatchesHeaders(obj: HttpRouteSpecRulesMatchesHeaders | undefined): Record<string, any> | undefined;
/**
 * Method specifies HTTP method matcher.
 * When specified, this route will be matched only if the request has the
 * specified method.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesMatchesMethod
 */
export declare enum HttpRouteSpecRulesMatchesMethod {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH"
}
/**
 * Path specifies a HTTP request path matcher. If this field is not
 * specified, a default prefix match on the "/" path is provided.
 *
 * @schema HttpRouteSpecRulesMatchesPath
 */
export interface HttpRouteSpecRulesMatchesPath {
    /**
     * Type specifies how to match against the path Value.
     *
     * Support: Core (Exact, PathPrefix)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * @schema HttpRouteSpecRulesMatchesPath#type
     */
    readonly type?: HttpRouteSpecRulesMatchesPathType;
    /**
     * Value of the HTTP path to match against.
     *
     * @schema HttpRouteSpecRulesMatchesPath#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesPath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatchesPath(obj: HttpRouteSpecRulesMatchesPath | undefined): Record<string, any> | undefined;
/**
 * HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP
 * query parameters.
 *
 * @schema HttpRouteSpecRulesMatchesQueryParams
 */
export interface HttpRouteSpecRulesMatchesQueryParams {
    /**
     * Name is the name of the HTTP query param to be matched. This must be an
     * exact string match. (See
     * https://tools.ietf.org/html/rfc7230#section-2.7.3).
     *
     * If multiple entries specify equivalent query param names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent query param name MUST be ignored.
     *
     * If a query param is repeated in an HTTP request, the behavior is
     * purposely left undefined, since different data planes have different
     * capabilities. However, it is *recommended* that implementations should
     * match against the first value of the param if the data plane supports it,
     * as this behavior is expected in other load balancing contexts outside of
     * the Gateway API.
     *
     * Users SHOULD NOT route traffic based on repeated query params to guard
     * themselves against potential differences in the implementations.
     *
     * @schema HttpRouteSpecRulesMatchesQueryParams#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the query parameter.
     *
     * Support: Extended (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression QueryParamMatchType has Implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other
     * dialects of regular expressions. Please read the implementation's
     * documentation to determine the supported dialect.
     *
     * @schema HttpRouteSpecRulesMatchesQueryParams#type
     */
    readonly type?: HttpRouteSpecRulesMatchesQueryParamsType;
    /**
     * Value is the value of HTTP query param to be matched.
     *
     * @schema HttpRouteSpecRulesMatchesQueryParams#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesQueryParams' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatchesQueryParams(obj: HttpRouteSpecRulesMatchesQueryParams | undefined): Record<string, any> | undefined;
/**
 * CookieConfig provides configuration settings that are specific
 * to cookie-based session persistence.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesSessionPersistenceCookieConfig
 */
export interface HttpRouteSpecRulesSessionPersistenceCookieConfig {
    /**
     * LifetimeType specifies whether the cookie has a permanent or
     * session-based lifetime. A permanent cookie persists until its
     * specified expiry time, defined by the Expires or Max-Age cookie
     * attributes, while a session cookie is deleted when the current
     * session ends.
     *
     * When set to "Permanent", AbsoluteTimeout indicates the
     * cookie's lifetime via the Expires or Max-Age cookie attributes
     * and is required.
     *
     * When set to "Session", AbsoluteTimeout indicates the
     * absolute lifetime of the cookie tracked by the gateway and
     * is optional.
     *
     * Defaults to "Session".
     *
     * Support: Core for "Session" type
     *
     * Support: Extended for "Permanent" type
     *
     * @default Session".
     * @schema HttpRouteSpecRulesSessionPersistenceCookieConfig#lifetimeType
     */
    readonly lifetimeType?: HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesSessionPersistenceCookieConfig' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesSessionPersistenceCookieConfig(obj: HttpRouteSpecRulesSessionPersistenceCookieConfig | undefined): Record<string, any> | undefined;
/**
 * Type defines the type of session persistence such as through
 * the use of a header or cookie. Defaults to cookie based session
 * persistence.
 *
 * Support: Core for "Cookie" type
 *
 * Support: Extended for "Header" type
 *
 * @default cookie based session
 * @schema HttpRouteSpecRulesSessionPersistenceType
 */
export declare enum HttpRouteSpecRulesSessionPersistenceType {
    /** Cookie */
    COOKIE = "Cookie",
    /** Header */
    HEADER = "Header"
}
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersCors
 */
export interface HttpRouteSpecRulesBackendRefsFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `AllowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `AllowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     * If config contains the wildcard "*" in allowHeaders and the request is
     * not credentialed, the `Access-Control-Allow-Headers` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Headers from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Headers` response header. When
     * also the `AllowCredentials` field is true and `AllowHeaders` field
     * is specified with the `*` wildcard, the gateway must specify one or more
     * HTTP headers in the value of the `Access-Control-Allow-Headers` response
     * header. The value of the header `Access-Control-Allow-Headers` is same as
     * the `Access-Control-Request-Headers` header provided by the client. If
     * the header `Access-Control-Request-Headers` is not included in the
     * request, the gateway will omit the `Access-Control-Allow-Headers`
     * response header, instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `AllowMethods` field.
     *
     * When the `AllowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `AllowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If config contains the wildcard "*" in allowMethods and the request is
     * not credentialed, the `Access-Control-Allow-Methods` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Method from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Methods` response header. When
     * also the `AllowCredentials` field is true and `AllowMethods` field
     * specified with the `*` wildcard, the gateway must specify one HTTP method
     * in the value of the Access-Control-Allow-Methods response header. The
     * value of the header `Access-Control-Allow-Methods` is same as the
     * `Access-Control-Request-Method` header provided by the client. If the
     * header `Access-Control-Request-Method` is not included in the request,
     * the gateway will omit the `Access-Control-Allow-Methods` response header,
     * instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `AllowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * When config has the wildcard ("*") in allowOrigins, and the request
     * is not credentialed (e.g., it is a preflight request), the
     * `Access-Control-Allow-Origin` response header either contains the
     * wildcard as well or the Origin from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Origin` response header. When
     * also the `AllowCredentials` field is true and `AllowOrigins` field
     * specified with the `*` wildcard, the gateway must return a single origin
     * in the value of the `Access-Control-Allow-Origin` response header,
     * instead of specifying the `*` wildcard. The value of the header
     * `Access-Control-Allow-Origin` is same as the `Origin` header provided by
     * the client.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `ExposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients. The `Access-Control-Expose-Headers` response header can only
     * use `*` wildcard as value when the request is not credentialed.
     *
     * When the `exposeHeaders` config field contains the "*" wildcard and
     * the request is credentialed, the gateway cannot use the `*` wildcard in
     * the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersCors(obj: HttpRouteSpecRulesBackendRefsFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef(obj: HttpRouteSpecRulesBackendRefsFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * ExternalAuth configures settings related to sending request details
 * to an external auth service. The external service MUST authenticate
 * the request, and MAY authorize the request as well.
 *
 * If there is any problem communicating with the external service,
 * this filter MUST fail closed.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuth
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExternalAuth {
    /**
     * BackendRef is a reference to a backend to send authorization
     * requests to.
     *
     * The backend must speak the selected protocol (GRPC or HTTP) on the
     * referenced port.
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuth#backendRef
     */
    readonly backendRef: HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef;
    /**
     * ForwardBody controls if requests to the authorization server should include
     * the body of the client request; and if so, how big that body is allowed
     * to be.
     *
     * It is expected that implementations will buffer the request body up to
     * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
     * 4xx series error (413 or 403 are common examples), and fail processing
     * of the filter.
     *
     * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
     * be forwarded.
     *
     * Feature Name: HTTPRouteExternalAuthForwardBody
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuth#forwardBody
     */
    readonly forwardBody?: HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody;
    /**
     * GRPCAuthConfig contains configuration for communication with ext_authz
     * protocol-speaking backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuth#grpc
     */
    readonly grpc?: HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc;
    /**
     * HTTPAuthConfig contains configuration for communication with HTTP-speaking
     * backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuth#http
     */
    readonly http?: HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp;
    /**
     * ExternalAuthProtocol describes which protocol to use when communicating with an
     * ext_authz authorization server.
     *
     * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
     * on the port specified in `backendRefs`. Requests and responses are defined
     * in the protobufs explained at:
     * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
     *
     * When this is set to HTTP, each backend must respond with a `200` status
     * code in on a successful authorization. Any other code is considered
     * an authorization failure.
     *
     * Feature Names:
     * GRPC Support - HTTPRouteExternalAuthGRPC
     * HTTP Support - HTTPRouteExternalAuthHTTP
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuth#protocol
     */
    readonly protocol: HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExternalAuth' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuth(obj: HttpRouteSpecRulesBackendRefsFiltersExternalAuth | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror(obj: HttpRouteSpecRulesBackendRefsFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(obj: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier
 */
export interface HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersType
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS",
    /** ExternalAuth */
    EXTERNAL_AUTH = "ExternalAuth"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewrite
 */
export interface HttpRouteSpecRulesBackendRefsFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(obj: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema HttpRouteSpecRulesFiltersCorsAllowMethods
 */
export declare enum HttpRouteSpecRulesFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * BackendRef is a reference to a backend to send authorization
 * requests to.
 *
 * The backend must speak the selected protocol (GRPC or HTTP) on the
 * referenced port.
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteSpecRulesFiltersExternalAuthBackendRef
 */
export interface HttpRouteSpecRulesFiltersExternalAuthBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesFiltersExternalAuthBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExternalAuthBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExternalAuthBackendRef(obj: HttpRouteSpecRulesFiltersExternalAuthBackendRef | undefined): Record<string, any> | undefined;
/**
 * ForwardBody controls if requests to the authorization server should include
 * the body of the client request; and if so, how big that body is allowed
 * to be.
 *
 * It is expected that implementations will buffer the request body up to
 * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
 * 4xx series error (413 or 403 are common examples), and fail processing
 * of the filter.
 *
 * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
 * be forwarded.
 *
 * Feature Name: HTTPRouteExternalAuthForwardBody
 *
 * @schema HttpRouteSpecRulesFiltersExternalAuthForwardBody
 */
export interface HttpRouteSpecRulesFiltersExternalAuthForwardBody {
    /**
     * MaxSize specifies how large in bytes the largest body that will be buffered
     * and sent to the authorization server. If the body size is larger than
     * `maxSize`, then the body sent to the authorization server must be
     * truncated to `maxSize` bytes.
     *
     * Experimental note: This behavior needs to be checked against
     * various dataplanes; it may need to be changed.
     * See https://github.com/kubernetes-sigs/gateway-api/pull/4001#discussion_r2291405746
     * for more.
     *
     * If 0, the body will not be sent to the authorization server.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthForwardBody#maxSize
     */
    readonly maxSize?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExternalAuthForwardBody' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExternalAuthForwardBody(obj: HttpRouteSpecRulesFiltersExternalAuthForwardBody | undefined): Record<string, any> | undefined;
/**
 * GRPCAuthConfig contains configuration for communication with ext_authz
 * protocol-speaking backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteSpecRulesFiltersExternalAuthGrpc
 */
export interface HttpRouteSpecRulesFiltersExternalAuthGrpc {
    /**
     * AllowedRequestHeaders specifies what headers from the client request
     * will be sent to the authorization server.
     *
     * If this list is empty, then all headers must be sent.
     *
     * If the list has entries, only those entries must be sent.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthGrpc#allowedHeaders
     */
    readonly allowedHeaders?: string[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExternalAuthGrpc' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExternalAuthGrpc(obj: HttpRouteSpecRulesFiltersExternalAuthGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPAuthConfig contains configuration for communication with HTTP-speaking
 * backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteSpecRulesFiltersExternalAuthHttp
 */
export interface HttpRouteSpecRulesFiltersExternalAuthHttp {
    /**
     * AllowedRequestHeaders specifies what additional headers from the client request
     * will be sent to the authorization server.
     *
     * The following headers must always be sent to the authorization server,
     * regardless of this setting:
     *
     * * `Host`
     * * `Method`
     * * `Path`
     * * `Content-Length`
     * * `Authorization`
     *
     * If this list is empty, then only those headers must be sent.
     *
     * Note that `Content-Length` has a special behavior, in that the length
     * sent must be correct for the actual request to the external authorization
     * server - that is, it must reflect the actual number of bytes sent in the
     * body of the request to the authorization server.
     *
     * So if the `forwardBody` stanza is unset, or `forwardBody.maxSize` is set
     * to `0`, then `Content-Length` must be `0`. If `forwardBody.maxSize` is set
     * to anything other than `0`, then the `Content-Length` of the authorization
     * request must be set to the actual number of bytes forwarded.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthHttp#allowedHeaders
     */
    readonly allowedHeaders?: string[];
    /**
     * AllowedResponseHeaders specifies what headers from the authorization response
     * will be copied into the request to the backend.
     *
     * If this list is empty, then all headers from the authorization server
     * except Authority or Host must be copied.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthHttp#allowedResponseHeaders
     */
    readonly allowedResponseHeaders?: string[];
    /**
     * Path sets the prefix that paths from the client request will have added
     * when forwarded to the authorization server.
     *
     * When empty or unspecified, no prefix is added.
     *
     * Valid values are the same as the "value" regex for path values in the `match`
     * stanza, and the validation regex will screen out invalid paths in the same way.
     * Even with the validation, implementations MUST sanitize this input before using it
     * directly.
     *
     * @schema HttpRouteSpecRulesFiltersExternalAuthHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExternalAuthHttp' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExternalAuthHttp(obj: HttpRouteSpecRulesFiltersExternalAuthHttp | undefined): Record<string, any> | undefined;
/**
 * ExternalAuthProtocol describes which protocol to use when communicating with an
 * ext_authz authorization server.
 *
 * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
 * on the port specified in `backendRefs`. Requests and responses are defined
 * in the protobufs explained at:
 * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
 *
 * When this is set to HTTP, each backend must respond with a `200` status
 * code in on a successful authorization. Any other code is considered
 * an authorization failure.
 *
 * Feature Names:
 * GRPC Support - HTTPRouteExternalAuthGRPC
 * HTTP Support - HTTPRouteExternalAuthHTTP
 *
 * @schema HttpRouteSpecRulesFiltersExternalAuthProtocol
 */
export declare enum HttpRouteSpecRulesFiltersExternalAuthProtocol {
    /** HTTP */
    HTTP = "HTTP",
    /** GRPC */
    GRPC = "GRPC"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteSpecRulesFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(obj: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierSet
 */
export interface HttpRouteSpecRulesFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet(obj: HttpRouteSpecRulesFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef
 */
export interface HttpRouteSpecRulesFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef(obj: HttpRouteSpecRulesFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteSpecRulesFiltersRequestMirrorFraction
 */
export interface HttpRouteSpecRulesFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteSpecRulesFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteSpecRulesFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction(obj: HttpRouteSpecRulesFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectPath
 */
export interface HttpRouteSpecRulesFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteSpecRulesFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestRedirectPath(obj: HttpRouteSpecRulesFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectScheme
 */
export declare enum HttpRouteSpecRulesFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteSpecRulesFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteSpecRulesFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(obj: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierSet
 */
export interface HttpRouteSpecRulesFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet(obj: HttpRouteSpecRulesFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersUrlRewritePath
 */
export interface HttpRouteSpecRulesFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteSpecRulesFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersUrlRewritePath(obj: HttpRouteSpecRulesFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type specifies how to match against the value of the header.
 *
 * Support: Core (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression HeaderMatchType has implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other dialects
 * of regular expressions. Please read the implementation's documentation to
 * determine the supported dialect.
 *
 * @schema HttpRouteSpecRulesMatchesHeadersType
 */
export declare enum HttpRouteSpecRulesMatchesHeadersType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the path Value.
 *
 * Support: Core (Exact, PathPrefix)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * @schema HttpRouteSpecRulesMatchesPathType
 */
export declare enum HttpRouteSpecRulesMatchesPathType {
    /** Exact */
    EXACT = "Exact",
    /** PathPrefix */
    PATH_PREFIX = "PathPrefix",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the value of the query parameter.
 *
 * Support: Extended (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression QueryParamMatchType has Implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other
 * dialects of regular expressions. Please read the implementation's
 * documentation to determine the supported dialect.
 *
 * @schema HttpRouteSpecRulesMatchesQueryParamsType
 */
export declare enum HttpRouteSpecRulesMatchesQueryParamsType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * LifetimeType specifies whether the cookie has a permanent or
 * session-based lifetime. A permanent cookie persists until its
 * specified expiry time, defined by the Expires or Max-Age cookie
 * attributes, while a session cookie is deleted when the current
 * session ends.
 *
 * When set to "Permanent", AbsoluteTimeout indicates the
 * cookie's lifetime via the Expires or Max-Age cookie attributes
 * and is required.
 *
 * When set to "Session", AbsoluteTimeout indicates the
 * absolute lifetime of the cookie tracked by the gateway and
 * is optional.
 *
 * Defaults to "Session".
 *
 * Support: Core for "Session" type
 *
 * Support: Extended for "Permanent" type
 *
 * @default Session".
 * @schema HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType
 */
export declare enum HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType {
    /** Permanent */
    PERMANENT = "Permanent",
    /** Session */
    SESSION = "Session"
}
/**
 * @schema HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * BackendRef is a reference to a backend to send authorization
 * requests to.
 *
 * The backend must speak the selected protocol (GRPC or HTTP) on the
 * referenced port.
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef(obj: HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef | undefined): Record<string, any> | undefined;
/**
 * ForwardBody controls if requests to the authorization server should include
 * the body of the client request; and if so, how big that body is allowed
 * to be.
 *
 * It is expected that implementations will buffer the request body up to
 * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
 * 4xx series error (413 or 403 are common examples), and fail processing
 * of the filter.
 *
 * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
 * be forwarded.
 *
 * Feature Name: HTTPRouteExternalAuthForwardBody
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody {
    /**
     * MaxSize specifies how large in bytes the largest body that will be buffered
     * and sent to the authorization server. If the body size is larger than
     * `maxSize`, then the body sent to the authorization server must be
     * truncated to `maxSize` bytes.
     *
     * Experimental note: This behavior needs to be checked against
     * various dataplanes; it may need to be changed.
     * See https://github.com/kubernetes-sigs/gateway-api/pull/4001#discussion_r2291405746
     * for more.
     *
     * If 0, the body will not be sent to the authorization server.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody#maxSize
     */
    readonly maxSize?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody(obj: HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody | undefined): Record<string, any> | undefined;
/**
 * GRPCAuthConfig contains configuration for communication with ext_authz
 * protocol-speaking backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc {
    /**
     * AllowedRequestHeaders specifies what headers from the client request
     * will be sent to the authorization server.
     *
     * If this list is empty, then all headers must be sent.
     *
     * If the list has entries, only those entries must be sent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc#allowedHeaders
     */
    readonly allowedHeaders?: string[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc(obj: HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPAuthConfig contains configuration for communication with HTTP-speaking
 * backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp {
    /**
     * AllowedRequestHeaders specifies what additional headers from the client request
     * will be sent to the authorization server.
     *
     * The following headers must always be sent to the authorization server,
     * regardless of this setting:
     *
     * * `Host`
     * * `Method`
     * * `Path`
     * * `Content-Length`
     * * `Authorization`
     *
     * If this list is empty, then only those headers must be sent.
     *
     * Note that `Content-Length` has a special behavior, in that the length
     * sent must be correct for the actual request to the external authorization
     * server - that is, it must reflect the actual number of bytes sent in the
     * body of the request to the authorization server.
     *
     * So if the `forwardBody` stanza is unset, or `forwardBody.maxSize` is set
     * to `0`, then `Content-Length` must be `0`. If `forwardBody.maxSize` is set
     * to anything other than `0`, then the `Content-Length` of the authorization
     * request must be set to the actual number of bytes forwarded.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp#allowedHeaders
     */
    readonly allowedHeaders?: string[];
    /**
     * AllowedResponseHeaders specifies what headers from the authorization response
     * will be copied into the request to the backend.
     *
     * If this list is empty, then all headers from the authorization server
     * except Authority or Host must be copied.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp#allowedResponseHeaders
     */
    readonly allowedResponseHeaders?: string[];
    /**
     * Path sets the prefix that paths from the client request will have added
     * when forwarded to the authorization server.
     *
     * When empty or unspecified, no prefix is added.
     *
     * Valid values are the same as the "value" regex for path values in the `match`
     * stanza, and the validation regex will screen out invalid paths in the same way.
     * Even with the validation, implementations MUST sanitize this input before using it
     * directly.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp(obj: HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp | undefined): Record<string, any> | undefined;
/**
 * ExternalAuthProtocol describes which protocol to use when communicating with an
 * ext_authz authorization server.
 *
 * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
 * on the port specified in `backendRefs`. Requests and responses are defined
 * in the protobufs explained at:
 * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
 *
 * When this is set to HTTP, each backend must respond with a `200` status
 * code in on a successful authorization. Any other code is considered
 * an authorization failure.
 *
 * Feature Names:
 * GRPC Support - HTTPRouteExternalAuthGRPC
 * HTTP Support - HTTPRouteExternalAuthHTTP
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol {
    /** HTTP */
    HTTP = "HTTP",
    /** GRPC */
    GRPC = "GRPC"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(obj: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet
 */
export interface HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath
 */
export interface HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(obj: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectPathType
 */
export declare enum HttpRouteSpecRulesFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesFiltersUrlRewritePathType
 */
export declare enum HttpRouteSpecRulesFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
to match requests by hostname, path, header, or query param. Filters can be
used to specify additional processing steps. Backends specify where matching
requests should be routed.
 *
 * @schema HTTPRouteV1Beta1
 */
export declare class HttpRouteV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "HTTPRouteV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "HTTPRouteV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: HttpRouteV1Beta1Props): any;
    /**
     * Defines a "HTTPRouteV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: HttpRouteV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
 * to match requests by hostname, path, header, or query param. Filters can be
 * used to specify additional processing steps. Backends specify where matching
 * requests should be routed.
 *
 * @schema HTTPRouteV1Beta1
 */
export interface HttpRouteV1Beta1Props {
    /**
     * @schema HTTPRouteV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of HTTPRoute.
     *
     * @schema HTTPRouteV1Beta1#spec
     */
    readonly spec: HttpRouteV1Beta1Spec;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1Props' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1Props(obj: HttpRouteV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of HTTPRoute.
 *
 * @schema HttpRouteV1Beta1Spec
 */
export interface HttpRouteV1Beta1Spec {
    /**
     * Hostnames defines a set of hostnames that should match against the HTTP Host
     * header to select a HTTPRoute used to process the request. Implementations
     * MUST ignore any port value specified in the HTTP Host header while
     * performing a match and (absent of any applicable header modification
     * configuration) MUST forward this header unmodified to the backend.
     *
     * Valid values for Hostnames are determined by RFC 1123 definition of a
     * hostname with 2 notable exceptions:
     *
     * 1. IPs are not allowed.
     * 2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard
     * label must appear by itself as the first label.
     *
     * If a hostname is specified by both the Listener and HTTPRoute, there
     * must be at least one intersecting hostname for the HTTPRoute to be
     * attached to the Listener. For example:
     *
     * * A Listener with `test.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames, or have specified at
     * least one of `test.example.com` or `*.example.com`.
     * * A Listener with `*.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames or have specified at least
     * one hostname that matches the Listener hostname. For example,
     * `*.example.com`, `test.example.com`, and `foo.test.example.com` would
     * all match. On the other hand, `example.com` and `test.example.net` would
     * not match.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * If both the Listener and HTTPRoute have specified hostnames, any
     * HTTPRoute hostnames that do not match the Listener hostname MUST be
     * ignored. For example, if a Listener specified `*.example.com`, and the
     * HTTPRoute specified `test.example.com` and `test.example.net`,
     * `test.example.net` must not be considered for a match.
     *
     * If both the Listener and HTTPRoute have specified hostnames, and none
     * match with the criteria above, then the HTTPRoute is not accepted. The
     * implementation must raise an 'Accepted' Condition with a status of
     * `False` in the corresponding RouteParentStatus.
     *
     * In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
     * overlapping wildcard matching and exact matching hostnames), precedence must
     * be given to rules from the HTTPRoute with the largest number of:
     *
     * * Characters in a matching non-wildcard hostname.
     * * Characters in a matching hostname.
     *
     * If ties exist across multiple Routes, the matching precedence rules for
     * HTTPRouteMatches takes over.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1Spec#hostnames
     */
    readonly hostnames?: string[];
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     *
     * ParentRefs must be _distinct_. This means either that:
     *
     * * They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     * be unique across all parentRef entries in the Route.
     * * They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.
     *
     * Some examples:
     *
     * * If one ParentRef sets `sectionName`, all ParentRefs referencing the
     * same object must also set `sectionName`.
     * * If one ParentRef sets `port`, all ParentRefs referencing the same
     * object must also set `port`.
     * * If one ParentRef sets `sectionName` and `port`, all ParentRefs
     * referencing the same object must also set `sectionName` and `port`.
     *
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     *
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     * @schema HttpRouteV1Beta1Spec#parentRefs
     */
    readonly parentRefs?: HttpRouteV1Beta1SpecParentRefs[];
    /**
     * Rules are a list of HTTP matchers, filters and actions.
     *
     * @schema HttpRouteV1Beta1Spec#rules
     */
    readonly rules?: HttpRouteV1Beta1SpecRules[];
    /**
     * UseDefaultGateways indicates the default Gateway scope to use for this
     * Route. If unset (the default) or set to None, the Route will not be
     * attached to any default Gateway; if set, it will be attached to any
     * default Gateway supporting the named scope, subject to the usual rules
     * about which Routes a Gateway is allowed to claim.
     *
     * Think carefully before using this functionality! The set of default
     * Gateways supporting the requested scope can change over time without
     * any notice to the Route author, and in many situations it will not be
     * appropriate to request a default Gateway for a given Route -- for
     * example, a Route with specific security requirements should almost
     * certainly not use a default Gateway.
     *
     * @schema HttpRouteV1Beta1Spec#useDefaultGateways
     */
    readonly useDefaultGateways?: HttpRouteV1Beta1SpecUseDefaultGateways;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1Spec' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1Spec(obj: HttpRouteV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered
 * a parent of this resource (usually a route). There are two kinds of parent resources
 * with "Core" support:
 *
 * * Gateway (Gateway conformance profile)
 * * Service (Mesh conformance profile, ClusterIP Services only)
 *
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * @schema HttpRouteV1Beta1SpecParentRefs
 */
export interface HttpRouteV1Beta1SpecParentRefs {
    /**
     * Group is the group of the referent.
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * Support for other resources is Implementation-Specific.
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent. When unspecified, this refers
     * to the local namespace of the Route.
     *
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port is the network port this Route targets. It can be interpreted
     * differently based on the type of parent resource.
     *
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set `Port` unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     *
     *
     * When the parent resource is a Service, this targets a specific port in the
     * Service spec. When both Port (experimental) and SectionName are specified,
     * the name and port of the selected port must match both specified values.
     *
     *
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     *
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#port
     */
    readonly port?: number;
    /**
     * SectionName is the name of a section within the target resource. In the
     * following resources, SectionName is interpreted as the following:
     *
     * * Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     * * Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     *
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     *
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecParentRefs' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecParentRefs(obj: HttpRouteV1Beta1SpecParentRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteRule defines semantics for matching an HTTP request based on
 * conditions (matches), processing it (filters), and forwarding the request to
 * an API object (backendRefs).
 *
 * @schema HttpRouteV1Beta1SpecRules
 */
export interface HttpRouteV1Beta1SpecRules {
    /**
     * BackendRefs defines the backend(s) where matching requests should be
     * sent.
     *
     * Failure behavior here depends on how many BackendRefs are specified and
     * how many are invalid.
     *
     * If *all* entries in BackendRefs are invalid, and there are also no filters
     * specified in this route rule, *all* traffic which matches this rule MUST
     * receive a 500 status code.
     *
     * See the HTTPBackendRef definition for the rules about what makes a single
     * HTTPBackendRef invalid.
     *
     * When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
     * requests that would have otherwise been routed to an invalid backend. If
     * multiple backends are specified, and some are invalid, the proportion of
     * requests that would otherwise have been routed to an invalid backend
     * MUST receive a 500 status code.
     *
     * For example, if two backends are specified with equal weights, and one is
     * invalid, 50 percent of traffic must receive a 500. Implementations may
     * choose how that 50 percent is determined.
     *
     * When a HTTPBackendRef refers to a Service that has no ready endpoints,
     * implementations SHOULD return a 503 for requests to that backend instead.
     * If an implementation chooses to do this, all of the above rules for 500 responses
     * MUST also apply for responses that return a 503.
     *
     * Support: Core for Kubernetes Service
     *
     * Support: Extended for Kubernetes ServiceImport
     *
     * Support: Implementation-specific for any other resource
     *
     * Support for weight: Core
     *
     * @schema HttpRouteV1Beta1SpecRules#backendRefs
     */
    readonly backendRefs?: HttpRouteV1Beta1SpecRulesBackendRefs[];
    /**
     * Filters define the filters that are applied to requests that match
     * this rule.
     *
     * Wherever possible, implementations SHOULD implement filters in the order
     * they are specified.
     *
     * Implementations MAY choose to implement this ordering strictly, rejecting
     * any combination or order of filters that cannot be supported. If implementations
     * choose a strict interpretation of filter ordering, they MUST clearly document
     * that behavior.
     *
     * To reject an invalid combination or order of filters, implementations SHOULD
     * consider the Route Rules with this configuration invalid. If all Route Rules
     * in a Route are invalid, the entire Route would be considered invalid. If only
     * a portion of Route Rules are invalid, implementations MUST set the
     * "PartiallyInvalid" condition for the Route.
     *
     * Conformance-levels at this level are defined based on the type of filter:
     *
     * - ALL core filters MUST be supported by all implementations.
     * - Implementers are encouraged to support extended filters.
     * - Implementation-specific custom filters have no API guarantees across
     * implementations.
     *
     * Specifying the same filter multiple times is not supported unless explicitly
     * indicated in the filter.
     *
     * All filters are expected to be compatible with each other except for the
     * URLRewrite and RequestRedirect filters, which may not be combined. If an
     * implementation cannot support other combinations of filters, they must clearly
     * document that limitation. In cases where incompatible or unsupported
     * filters are specified and cause the `Accepted` condition to be set to status
     * `False`, implementations may use the `IncompatibleFilters` reason to specify
     * this configuration error.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRules#filters
     */
    readonly filters?: HttpRouteV1Beta1SpecRulesFilters[];
    /**
     * Matches define conditions used for matching the rule against incoming
     * HTTP requests. Each match is independent, i.e. this rule will be matched
     * if **any** one of the matches is satisfied.
     *
     * For example, take the following matches configuration:
     *
     * ```
     * matches:
     * - path:
     * value: "/foo"
     * headers:
     * - name: "version"
     * value: "v2"
     * - path:
     * value: "/v2/foo"
     * ```
     *
     * For a request to match against this rule, a request must satisfy
     * EITHER of the two conditions:
     *
     * - path prefixed with `/foo` AND contains the header `version: v2`
     * - path prefix of `/v2/foo`
     *
     * See the documentation for HTTPRouteMatch on how to specify multiple
     * match conditions that should be ANDed together.
     *
     * If no matches are specified, the default is a prefix
     * path match on "/", which has the effect of matching every
     * HTTP request.
     *
     * Proxy or Load Balancer routing configuration generated from HTTPRoutes
     * MUST prioritize matches based on the following criteria, continuing on
     * ties. Across all rules specified on applicable Routes, precedence must be
     * given to the match having:
     *
     * * "Exact" path match.
     * * "Prefix" path match with largest number of characters.
     * * Method match.
     * * Largest number of header matches.
     * * Largest number of query param matches.
     *
     * Note: The precedence of RegularExpression path matches are implementation-specific.
     *
     * If ties still exist across multiple Routes, matching precedence MUST be
     * determined in order of the following criteria, continuing on ties:
     *
     * * The oldest Route based on creation timestamp.
     * * The Route appearing first in alphabetical order by
     * "{namespace}/{name}".
     *
     * If ties still exist within an HTTPRoute, matching precedence MUST be granted
     * to the FIRST matching rule (in list order) with a match meeting the above
     * criteria.
     *
     * When no rules matching a request have been successfully attached to the
     * parent a request is coming from, a HTTP 404 status code MUST be returned.
     *
     * @schema HttpRouteV1Beta1SpecRules#matches
     */
    readonly matches?: HttpRouteV1Beta1SpecRulesMatches[];
    /**
     * Name is the name of the route rule. This name MUST be unique within a Route if it is set.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRules#name
     */
    readonly name?: string;
    /**
     * Retry defines the configuration for when to retry an HTTP request.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRules#retry
     */
    readonly retry?: HttpRouteV1Beta1SpecRulesRetry;
    /**
     * SessionPersistence defines and configures session persistence
     * for the route rule.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRules#sessionPersistence
     */
    readonly sessionPersistence?: HttpRouteV1Beta1SpecRulesSessionPersistence;
    /**
     * Timeouts defines the timeouts that can be configured for an HTTP request.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRules#timeouts
     */
    readonly timeouts?: HttpRouteV1Beta1SpecRulesTimeouts;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRules' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRules(obj: HttpRouteV1Beta1SpecRules | undefined): Record<string, any> | undefined;
/**
 * UseDefaultGateways indicates the default Gateway scope to use for this
 * Route. If unset (the default) or set to None, the Route will not be
 * attached to any default Gateway; if set, it will be attached to any
 * default Gateway supporting the named scope, subject to the usual rules
 * about which Routes a Gateway is allowed to claim.
 *
 * Think carefully before using this functionality! The set of default
 * Gateways supporting the requested scope can change over time without
 * any notice to the Route author, and in many situations it will not be
 * appropriate to request a default Gateway for a given Route -- for
 * example, a Route with specific security requirements should almost
 * certainly not use a default Gateway.
 *
 * @schema HttpRouteV1Beta1SpecUseDefaultGateways
 */
export declare enum HttpRouteV1Beta1SpecUseDefaultGateways {
    /** All */
    ALL = "All",
    /** None */
    NONE = "None"
}
/**
 * HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.
 *
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 *
 *
 * When the BackendRef points to a Kubernetes Service, implementations SHOULD
 * honor the appProtocol field if it is set for the target Service Port.
 *
 * Implementations supporting appProtocol SHOULD recognize the Kubernetes
 * Standard Application Protocols defined in KEP-3726.
 *
 * If a Service appProtocol isn't specified, an implementation MAY infer the
 * backend protocol through its own means. Implementations MAY infer the
 * protocol from the Route type referring to the backend Service.
 *
 * If a Route is not able to send traffic to the backend using the specified
 * protocol then the backend is considered invalid. Implementations MUST set the
 * "ResolvedRefs" condition to "False" with the "UnsupportedProtocol" reason.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefs
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefs {
    /**
     * Filters defined at this level should be executed if and only if the
     * request is being forwarded to the backend defined here.
     *
     * Support: Implementation-specific (For broader support of filters, use the
     * Filters field in HTTPRouteRule.)
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#filters
     */
    readonly filters?: HttpRouteV1Beta1SpecRulesBackendRefsFilters[];
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#port
     */
    readonly port?: number;
    /**
     * Weight specifies the proportion of requests forwarded to the referenced
     * backend. This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     *
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     *
     * Support for this field varies based on the context where used.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefs' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefs(obj: HttpRouteV1Beta1SpecRulesBackendRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteV1Beta1SpecRulesFilters
 */
export interface HttpRouteV1Beta1SpecRulesFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#cors
     */
    readonly cors?: HttpRouteV1Beta1SpecRulesFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteV1Beta1SpecRulesFiltersExtensionRef;
    /**
     * ExternalAuth configures settings related to sending request details
     * to an external auth service. The external service MUST authenticate
     * the request, and MAY authorize the request as well.
     *
     * If there is any problem communicating with the external service,
     * this filter MUST fail closed.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#externalAuth
     */
    readonly externalAuth?: HttpRouteV1Beta1SpecRulesFiltersExternalAuth;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteV1Beta1SpecRulesFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFilters' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFilters(obj: HttpRouteV1Beta1SpecRulesFilters | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteMatch defines the predicate used to match requests to a given
 * action. Multiple match types are ANDed together, i.e. the match will
 * evaluate to true only if all conditions are satisfied.
 *
 * For example, the match below will match a HTTP request only if its path
 * starts with `/foo` AND it contains the `version: v1` header:
 *
 * ```
 * match:
 *
 * path:
 * value: "/foo"
 * headers:
 * - name: "version"
 * value "v1"
 *
 * ```
 *
 * @schema HttpRouteV1Beta1SpecRulesMatches
 */
export interface HttpRouteV1Beta1SpecRulesMatches {
    /**
     * Headers specifies HTTP request header matchers. Multiple match values are
     * ANDed together, meaning, a request must match all the specified headers
     * to select the route.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#headers
     */
    readonly headers?: HttpRouteV1Beta1SpecRulesMatchesHeaders[];
    /**
     * Method specifies HTTP method matcher.
     * When specified, this route will be matched only if the request has the
     * specified method.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#method
     */
    readonly method?: HttpRouteV1Beta1SpecRulesMatchesMethod;
    /**
     * Path specifies a HTTP request path matcher. If this field is not
     * specified, a default prefix match on the "/" path is provided.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesMatchesPath;
    /**
     * QueryParams specifies HTTP query parameter matchers. Multiple match
     * values are ANDed together, meaning, a request must match all the
     * specified query parameters to select the route.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#queryParams
     */
    readonly queryParams?: HttpRouteV1Beta1SpecRulesMatchesQueryParams[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatches' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatches(obj: HttpRouteV1Beta1SpecRulesMatches | undefined): Record<string, any> | undefined;
/**
 * Retry defines the configuration for when to retry an HTTP request.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesRetry
 */
export interface HttpRouteV1Beta1SpecRulesRetry {
    /**
     * Attempts specifies the maximum number of times an individual request
     * from the gateway to a backend should be retried.
     *
     * If the maximum number of retries has been attempted without a successful
     * response from the backend, the Gateway MUST return an error.
     *
     * When this field is unspecified, the number of times to attempt to retry
     * a backend request is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesRetry#attempts
     */
    readonly attempts?: number;
    /**
     * Backoff specifies the minimum duration a Gateway should wait between
     * retry attempts and is represented in Gateway API Duration formatting.
     *
     * For example, setting the `rules[].retry.backoff` field to the value
     * `100ms` will cause a backend request to first be retried approximately
     * 100 milliseconds after timing out or receiving a response code configured
     * to be retriable.
     *
     * An implementation MAY use an exponential or alternative backoff strategy
     * for subsequent retry attempts, MAY cap the maximum backoff duration to
     * some amount greater than the specified minimum, and MAY add arbitrary
     * jitter to stagger requests, as long as unsuccessful backend requests are
     * not retried before the configured minimum duration.
     *
     * If a Request timeout (`rules[].timeouts.request`) is configured on the
     * route, the entire duration of the initial request and any retry attempts
     * MUST not exceed the Request timeout duration. If any retry attempts are
     * still in progress when the Request timeout duration has been reached,
     * these SHOULD be canceled if possible and the Gateway MUST immediately
     * return a timeout error.
     *
     * If a BackendRequest timeout (`rules[].timeouts.backendRequest`) is
     * configured on the route, any retry attempts which reach the configured
     * BackendRequest timeout duration without a response SHOULD be canceled if
     * possible and the Gateway should wait for at least the specified backoff
     * duration before attempting to retry the backend request again.
     *
     * If a BackendRequest timeout is _not_ configured on the route, retry
     * attempts MAY time out after an implementation default duration, or MAY
     * remain pending until a configured Request timeout or implementation
     * default duration for total request time is reached.
     *
     * When this field is unspecified, the time to wait between retry attempts
     * is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesRetry#backoff
     */
    readonly backoff?: string;
    /**
     * Codes defines the HTTP response status codes for which a backend request
     * should be retried.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesRetry#codes
     */
    readonly codes?: number[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesRetry' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesRetry(obj: HttpRouteV1Beta1SpecRulesRetry | undefined): Record<string, any> | undefined;
/**
 * SessionPersistence defines and configures session persistence
 * for the route rule.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesSessionPersistence
 */
export interface HttpRouteV1Beta1SpecRulesSessionPersistence {
    /**
     * AbsoluteTimeout defines the absolute timeout of the persistent
     * session. Once the AbsoluteTimeout duration has elapsed, the
     * session becomes invalid.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesSessionPersistence#absoluteTimeout
     */
    readonly absoluteTimeout?: string;
    /**
     * CookieConfig provides configuration settings that are specific
     * to cookie-based session persistence.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesSessionPersistence#cookieConfig
     */
    readonly cookieConfig?: HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig;
    /**
     * IdleTimeout defines the idle timeout of the persistent session.
     * Once the session has been idle for more than the specified
     * IdleTimeout duration, the session becomes invalid.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesSessionPersistence#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * SessionName defines the name of the persistent session token
     * which may be reflected in the cookie or the header. Users
     * should avoid reusing session names to prevent unintended
     * consequences, such as rejection or unpredictable behavior.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteV1Beta1SpecRulesSessionPersistence#sessionName
     */
    readonly sessionName?: string;
    /**
     * Type defines the type of session persistence such as through
     * the use of a header or cookie. Defaults to cookie based session
     * persistence.
     *
     * Support: Core for "Cookie" type
     *
     * Support: Extended for "Header" type
     *
     * @default cookie based session
     * @schema HttpRouteV1Beta1SpecRulesSessionPersistence#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesSessionPersistenceType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesSessionPersistence' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesSessionPersistence(obj: HttpRouteV1Beta1SpecRulesSessionPersistence | undefined): Record<string, any> | undefined;
/**
 * Timeouts defines the timeouts that can be configured for an HTTP request.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesTimeouts
 */
export interface HttpRouteV1Beta1SpecRulesTimeouts {
    /**
     * BackendRequest specifies a timeout for an individual request from the gateway
     * to a backend. This covers the time from when the request first starts being
     * sent from the gateway to when the full response has been received from the backend.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * An entire client HTTP transaction with a gateway, covered by the Request timeout,
     * may result in more than one call from the gateway to the destination backend,
     * for example, if automatic retries are supported.
     *
     * The value of BackendRequest must be a Gateway API Duration string as defined by
     * GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
     * when specified, the value of BackendRequest must be no more than the value of the
     * Request timeout (since the Request timeout encompasses the BackendRequest timeout).
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesTimeouts#backendRequest
     */
    readonly backendRequest?: string;
    /**
     * Request specifies the maximum duration for a gateway to respond to an HTTP request.
     * If the gateway has not been able to respond before this deadline is met, the gateway
     * MUST return a timeout error.
     *
     * For example, setting the `rules.timeouts.request` field to the value `10s` in an
     * `HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds
     * to complete.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * This timeout is intended to cover as close to the whole request-response transaction
     * as possible although an implementation MAY choose to start the timeout after the entire
     * request stream has been received instead of immediately after the transaction is
     * initiated by the client.
     *
     * The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
     * field is unspecified, request timeout behavior is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesTimeouts#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesTimeouts' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj: HttpRouteV1Beta1SpecRulesTimeouts | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#cors
     */
    readonly cors?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef;
    /**
     * ExternalAuth configures settings related to sending request details
     * to an external auth service. The external service MUST authenticate
     * the request, and MAY authorize the request as well.
     *
     * If there is any problem communicating with the external service,
     * this filter MUST fail closed.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#externalAuth
     */
    readonly externalAuth?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFilters' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters(obj: HttpRouteV1Beta1SpecRulesBackendRefsFilters | undefined): Record<string, any> | undefined;
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersCors
 */
export interface HttpRouteV1Beta1SpecRulesFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `AllowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `AllowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     * If config contains the wildcard "*" in allowHeaders and the request is
     * not credentialed, the `Access-Control-Allow-Headers` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Headers from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Headers` response header. When
     * also the `AllowCredentials` field is true and `AllowHeaders` field
     * is specified with the `*` wildcard, the gateway must specify one or more
     * HTTP headers in the value of the `Access-Control-Allow-Headers` response
     * header. The value of the header `Access-Control-Allow-Headers` is same as
     * the `Access-Control-Request-Headers` header provided by the client. If
     * the header `Access-Control-Request-Headers` is not included in the
     * request, the gateway will omit the `Access-Control-Allow-Headers`
     * response header, instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `AllowMethods` field.
     *
     * When the `AllowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `AllowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If config contains the wildcard "*" in allowMethods and the request is
     * not credentialed, the `Access-Control-Allow-Methods` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Method from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Methods` response header. When
     * also the `AllowCredentials` field is true and `AllowMethods` field
     * specified with the `*` wildcard, the gateway must specify one HTTP method
     * in the value of the Access-Control-Allow-Methods response header. The
     * value of the header `Access-Control-Allow-Methods` is same as the
     * `Access-Control-Request-Method` header provided by the client. If the
     * header `Access-Control-Request-Method` is not included in the request,
     * the gateway will omit the `Access-Control-Allow-Methods` response header,
     * instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `AllowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * When config has the wildcard ("*") in allowOrigins, and the request
     * is not credentialed (e.g., it is a preflight request), the
     * `Access-Control-Allow-Origin` response header either contains the
     * wildcard as well or the Origin from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Origin` response header. When
     * also the `AllowCredentials` field is true and `AllowOrigins` field
     * specified with the `*` wildcard, the gateway must return a single origin
     * in the value of the `Access-Control-Allow-Origin` response header,
     * instead of specifying the `*` wildcard. The value of the header
     * `Access-Control-Allow-Origin` is same as the `Origin` header provided by
     * the client.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `ExposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients. The `Access-Control-Expose-Headers` response header can only
     * use `*` wildcard as value when the request is not credentialed.
     *
     * When the `exposeHeaders` config field contains the "*" wildcard and
     * the request is credentialed, the gateway cannot use the `*` wildcard in
     * the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersCors(obj: HttpRouteV1Beta1SpecRulesFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef(obj: HttpRouteV1Beta1SpecRulesFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * ExternalAuth configures settings related to sending request details
 * to an external auth service. The external service MUST authenticate
 * the request, and MAY authorize the request as well.
 *
 * If there is any problem communicating with the external service,
 * this filter MUST fail closed.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuth
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExternalAuth {
    /**
     * BackendRef is a reference to a backend to send authorization
     * requests to.
     *
     * The backend must speak the selected protocol (GRPC or HTTP) on the
     * referenced port.
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuth#backendRef
     */
    readonly backendRef: HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef;
    /**
     * ForwardBody controls if requests to the authorization server should include
     * the body of the client request; and if so, how big that body is allowed
     * to be.
     *
     * It is expected that implementations will buffer the request body up to
     * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
     * 4xx series error (413 or 403 are common examples), and fail processing
     * of the filter.
     *
     * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
     * be forwarded.
     *
     * Feature Name: HTTPRouteExternalAuthForwardBody
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuth#forwardBody
     */
    readonly forwardBody?: HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody;
    /**
     * GRPCAuthConfig contains configuration for communication with ext_authz
     * protocol-speaking backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuth#grpc
     */
    readonly grpc?: HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc;
    /**
     * HTTPAuthConfig contains configuration for communication with HTTP-speaking
     * backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuth#http
     */
    readonly http?: HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp;
    /**
     * ExternalAuthProtocol describes which protocol to use when communicating with an
     * ext_authz authorization server.
     *
     * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
     * on the port specified in `backendRefs`. Requests and responses are defined
     * in the protobufs explained at:
     * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
     *
     * When this is set to HTTP, each backend must respond with a `200` status
     * code in on a successful authorization. Any other code is considered
     * an authorization failure.
     *
     * Feature Names:
     * GRPC Support - HTTPRouteExternalAuthGRPC
     * HTTP Support - HTTPRouteExternalAuthHTTP
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuth#protocol
     */
    readonly protocol: HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExternalAuth' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuth(obj: HttpRouteV1Beta1SpecRulesFiltersExternalAuth | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(obj: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror(obj: HttpRouteV1Beta1SpecRulesFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(obj: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(obj: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersType
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS",
    /** ExternalAuth */
    EXTERNAL_AUTH = "ExternalAuth"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewrite
 */
export interface HttpRouteV1Beta1SpecRulesFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(obj: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request
 * headers.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders
 */
export interface HttpRouteV1Beta1SpecRulesMatchesHeaders {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * When a header is repeated in an HTTP request, it is
     * implementation-specific behavior as to how this is represented.
     * Generally, proxies should follow the guidance from the RFC:
     * https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
     * processing a repeated header, with special handling for "Set-Cookie".
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the header.
     *
     * Support: Core (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression HeaderMatchType has implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other dialects
     * of regular expressions. Please read the implementation's documentation to
     * determine the supported dialect.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesMatchesHeadersType;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesHeaders' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders(obj: HttpRouteV1Beta1SpecRulesMatchesHeaders | undefined): Record<string, any> | undefined;
/**
 * Method specifies HTTP method matcher.
 * When specified, this route will be matched only if the request has the
 * specified method.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesMethod
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesMethod {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH"
}
/**
 * Path specifies a HTTP request path matcher. If this field is not
 * specified, a default prefix match on the "/" path is provided.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesPath
 */
export interface HttpRouteV1Beta1SpecRulesMatchesPath {
    /**
     * Type specifies how to match against the path Value.
     *
     * Support: Core (Exact, PathPrefix)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesPath#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesMatchesPathType;
    /**
     * Value of the HTTP path to match against.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesPath#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesPath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatchesPath(obj: HttpRouteV1Beta1SpecRulesMatchesPath | undefined): Record<string, any> | undefined;
/**
 * HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP
 * query parameters.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams
 */
export interface HttpRouteV1Beta1SpecRulesMatchesQueryParams {
    /**
     * Name is the name of the HTTP query param to be matched. This must be an
     * exact string match. (See
     * https://tools.ietf.org/html/rfc7230#section-2.7.3).
     *
     * If multiple entries specify equivalent query param names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent query param name MUST be ignored.
     *
     * If a query param is repeated in an HTTP request, the behavior is
     * purposely left undefined, since different data planes have different
     * capabilities. However, it is *recommended* that implementations should
     * match against the first value of the param if the data plane supports it,
     * as this behavior is expected in other load balancing contexts outside of
     * the Gateway API.
     *
     * Users SHOULD NOT route traffic based on repeated query params to guard
     * themselves against potential differences in the implementations.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the query parameter.
     *
     * Support: Extended (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression QueryParamMatchType has Implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other
     * dialects of regular expressions. Please read the implementation's
     * documentation to determine the supported dialect.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesMatchesQueryParamsType;
    /**
     * Value is the value of HTTP query param to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesQueryParams' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams(obj: HttpRouteV1Beta1SpecRulesMatchesQueryParams | undefined): Record<string, any> | undefined;
/**
 * CookieConfig provides configuration settings that are specific
 * to cookie-based session persistence.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig
 */
export interface HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig {
    /**
     * LifetimeType specifies whether the cookie has a permanent or
     * session-based lifetime. A permanent cookie persists until its
     * specified expiry time, defined by the Expires or Max-Age cookie
     * attributes, while a session cookie is deleted when the current
     * session ends.
     *
     * When set to "Permanent", AbsoluteTimeout indicates the
     * cookie's lifetime via the Expires or Max-Age cookie attributes
     * and is required.
     *
     * When set to "Session", AbsoluteTimeout indicates the
     * absolute lifetime of the cookie tracked by the gateway and
     * is optional.
     *
     * Defaults to "Session".
     *
     * Support: Core for "Session" type
     *
     * Support: Extended for "Permanent" type
     *
     * @default Session".
     * @schema HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig#lifetimeType
     */
    readonly lifetimeType?: HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig(obj: HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig | undefined): Record<string, any> | undefined;
/**
 * Type defines the type of session persistence such as through
 * the use of a header or cookie. Defaults to cookie based session
 * persistence.
 *
 * Support: Core for "Cookie" type
 *
 * Support: Extended for "Header" type
 *
 * @default cookie based session
 * @schema HttpRouteV1Beta1SpecRulesSessionPersistenceType
 */
export declare enum HttpRouteV1Beta1SpecRulesSessionPersistenceType {
    /** Cookie */
    COOKIE = "Cookie",
    /** Header */
    HEADER = "Header"
}
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `AllowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `AllowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     * If config contains the wildcard "*" in allowHeaders and the request is
     * not credentialed, the `Access-Control-Allow-Headers` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Headers from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Headers` response header. When
     * also the `AllowCredentials` field is true and `AllowHeaders` field
     * is specified with the `*` wildcard, the gateway must specify one or more
     * HTTP headers in the value of the `Access-Control-Allow-Headers` response
     * header. The value of the header `Access-Control-Allow-Headers` is same as
     * the `Access-Control-Request-Headers` header provided by the client. If
     * the header `Access-Control-Request-Headers` is not included in the
     * request, the gateway will omit the `Access-Control-Allow-Headers`
     * response header, instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `AllowMethods` field.
     *
     * When the `AllowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `AllowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If config contains the wildcard "*" in allowMethods and the request is
     * not credentialed, the `Access-Control-Allow-Methods` response header
     * can either use the `*` wildcard or the value of
     * Access-Control-Request-Method from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Methods` response header. When
     * also the `AllowCredentials` field is true and `AllowMethods` field
     * specified with the `*` wildcard, the gateway must specify one HTTP method
     * in the value of the Access-Control-Allow-Methods response header. The
     * value of the header `Access-Control-Allow-Methods` is same as the
     * `Access-Control-Request-Method` header provided by the client. If the
     * header `Access-Control-Request-Method` is not included in the request,
     * the gateway will omit the `Access-Control-Allow-Methods` response header,
     * instead of specifying the `*` wildcard.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `AllowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * When config has the wildcard ("*") in allowOrigins, and the request
     * is not credentialed (e.g., it is a preflight request), the
     * `Access-Control-Allow-Origin` response header either contains the
     * wildcard as well or the Origin from the request.
     *
     * When the request is credentialed, the gateway must not specify the `*`
     * wildcard in the `Access-Control-Allow-Origin` response header. When
     * also the `AllowCredentials` field is true and `AllowOrigins` field
     * specified with the `*` wildcard, the gateway must return a single origin
     * in the value of the `Access-Control-Allow-Origin` response header,
     * instead of specifying the `*` wildcard. The value of the header
     * `Access-Control-Allow-Origin` is same as the `Origin` header provided by
     * the client.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `ExposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients. The `Access-Control-Expose-Headers` response header can only
     * use `*` wildcard as value when the request is not credentialed.
     *
     * When the `exposeHeaders` config field contains the "*" wildcard and
     * the request is credentialed, the gateway cannot use the `*` wildcard in
     * the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * ExternalAuth configures settings related to sending request details
 * to an external auth service. The external service MUST authenticate
 * the request, and MAY authorize the request as well.
 *
 * If there is any problem communicating with the external service,
 * this filter MUST fail closed.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth {
    /**
     * BackendRef is a reference to a backend to send authorization
     * requests to.
     *
     * The backend must speak the selected protocol (GRPC or HTTP) on the
     * referenced port.
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth#backendRef
     */
    readonly backendRef: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef;
    /**
     * ForwardBody controls if requests to the authorization server should include
     * the body of the client request; and if so, how big that body is allowed
     * to be.
     *
     * It is expected that implementations will buffer the request body up to
     * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
     * 4xx series error (413 or 403 are common examples), and fail processing
     * of the filter.
     *
     * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
     * be forwarded.
     *
     * Feature Name: HTTPRouteExternalAuthForwardBody
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth#forwardBody
     */
    readonly forwardBody?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody;
    /**
     * GRPCAuthConfig contains configuration for communication with ext_authz
     * protocol-speaking backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth#grpc
     */
    readonly grpc?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc;
    /**
     * HTTPAuthConfig contains configuration for communication with HTTP-speaking
     * backends.
     *
     * If unset, implementations must assume the default behavior for each
     * included field is intended.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth#http
     */
    readonly http?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp;
    /**
     * ExternalAuthProtocol describes which protocol to use when communicating with an
     * ext_authz authorization server.
     *
     * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
     * on the port specified in `backendRefs`. Requests and responses are defined
     * in the protobufs explained at:
     * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
     *
     * When this is set to HTTP, each backend must respond with a `200` status
     * code in on a successful authorization. Any other code is considered
     * an authorization failure.
     *
     * Feature Names:
     * GRPC Support - HTTPRouteExternalAuthGRPC
     * HTTP Support - HTTPRouteExternalAuthHTTP
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth#protocol
     */
    readonly protocol: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersType
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS",
    /** ExternalAuth */
    EXTERNAL_AUTH = "ExternalAuth"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * BackendRef is a reference to a backend to send authorization
 * requests to.
 *
 * The backend must speak the selected protocol (GRPC or HTTP) on the
 * referenced port.
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef(obj: HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef | undefined): Record<string, any> | undefined;
/**
 * ForwardBody controls if requests to the authorization server should include
 * the body of the client request; and if so, how big that body is allowed
 * to be.
 *
 * It is expected that implementations will buffer the request body up to
 * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
 * 4xx series error (413 or 403 are common examples), and fail processing
 * of the filter.
 *
 * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
 * be forwarded.
 *
 * Feature Name: HTTPRouteExternalAuthForwardBody
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody {
    /**
     * MaxSize specifies how large in bytes the largest body that will be buffered
     * and sent to the authorization server. If the body size is larger than
     * `maxSize`, then the body sent to the authorization server must be
     * truncated to `maxSize` bytes.
     *
     * Experimental note: This behavior needs to be checked against
     * various dataplanes; it may need to be changed.
     * See https://github.com/kubernetes-sigs/gateway-api/pull/4001#discussion_r2291405746
     * for more.
     *
     * If 0, the body will not be sent to the authorization server.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody#maxSize
     */
    readonly maxSize?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody(obj: HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody | undefined): Record<string, any> | undefined;
/**
 * GRPCAuthConfig contains configuration for communication with ext_authz
 * protocol-speaking backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc {
    /**
     * AllowedRequestHeaders specifies what headers from the client request
     * will be sent to the authorization server.
     *
     * If this list is empty, then all headers must be sent.
     *
     * If the list has entries, only those entries must be sent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc#allowedHeaders
     */
    readonly allowedHeaders?: string[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc(obj: HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPAuthConfig contains configuration for communication with HTTP-speaking
 * backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp {
    /**
     * AllowedRequestHeaders specifies what additional headers from the client request
     * will be sent to the authorization server.
     *
     * The following headers must always be sent to the authorization server,
     * regardless of this setting:
     *
     * * `Host`
     * * `Method`
     * * `Path`
     * * `Content-Length`
     * * `Authorization`
     *
     * If this list is empty, then only those headers must be sent.
     *
     * Note that `Content-Length` has a special behavior, in that the length
     * sent must be correct for the actual request to the external authorization
     * server - that is, it must reflect the actual number of bytes sent in the
     * body of the request to the authorization server.
     *
     * So if the `forwardBody` stanza is unset, or `forwardBody.maxSize` is set
     * to `0`, then `Content-Length` must be `0`. If `forwardBody.maxSize` is set
     * to anything other than `0`, then the `Content-Length` of the authorization
     * request must be set to the actual number of bytes forwarded.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp#allowedHeaders
     */
    readonly allowedHeaders?: string[];
    /**
     * AllowedResponseHeaders specifies what headers from the authorization response
     * will be copied into the request to the backend.
     *
     * If this list is empty, then all headers from the authorization server
     * except Authority or Host must be copied.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp#allowedResponseHeaders
     */
    readonly allowedResponseHeaders?: string[];
    /**
     * Path sets the prefix that paths from the client request will have added
     * when forwarded to the authorization server.
     *
     * When empty or unspecified, no prefix is added.
     *
     * Valid values are the same as the "value" regex for path values in the `match`
     * stanza, and the validation regex will screen out invalid paths in the same way.
     * Even with the validation, implementations MUST sanitize this input before using it
     * directly.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp(obj: HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp | undefined): Record<string, any> | undefined;
/**
 * ExternalAuthProtocol describes which protocol to use when communicating with an
 * ext_authz authorization server.
 *
 * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
 * on the port specified in `backendRefs`. Requests and responses are defined
 * in the protobufs explained at:
 * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
 *
 * When this is set to HTTP, each backend must respond with a `200` status
 * code in on a successful authorization. Any other code is considered
 * an authorization failure.
 *
 * Feature Names:
 * GRPC Support - HTTPRouteExternalAuthGRPC
 * HTTP Support - HTTPRouteExternalAuthHTTP
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol {
    /** HTTP */
    HTTP = "HTTP",
    /** GRPC */
    GRPC = "GRPC"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(obj: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(obj: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(obj: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath
 */
export interface HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(obj: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type specifies how to match against the value of the header.
 *
 * Support: Core (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression HeaderMatchType has implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other dialects
 * of regular expressions. Please read the implementation's documentation to
 * determine the supported dialect.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesHeadersType
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesHeadersType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the path Value.
 *
 * Support: Core (Exact, PathPrefix)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesPathType
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesPathType {
    /** Exact */
    EXACT = "Exact",
    /** PathPrefix */
    PATH_PREFIX = "PathPrefix",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the value of the query parameter.
 *
 * Support: Extended (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression QueryParamMatchType has Implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other
 * dialects of regular expressions. Please read the implementation's
 * documentation to determine the supported dialect.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParamsType
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesQueryParamsType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * LifetimeType specifies whether the cookie has a permanent or
 * session-based lifetime. A permanent cookie persists until its
 * specified expiry time, defined by the Expires or Max-Age cookie
 * attributes, while a session cookie is deleted when the current
 * session ends.
 *
 * When set to "Permanent", AbsoluteTimeout indicates the
 * cookie's lifetime via the Expires or Max-Age cookie attributes
 * and is required.
 *
 * When set to "Session", AbsoluteTimeout indicates the
 * absolute lifetime of the cookie tracked by the gateway and
 * is optional.
 *
 * Defaults to "Session".
 *
 * Support: Core for "Session" type
 *
 * Support: Extended for "Permanent" type
 *
 * @default Session".
 * @schema HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType
 */
export declare enum HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType {
    /** Permanent */
    PERMANENT = "Permanent",
    /** Session */
    SESSION = "Session"
}
/**
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * BackendRef is a reference to a backend to send authorization
 * requests to.
 *
 * The backend must speak the selected protocol (GRPC or HTTP) on the
 * referenced port.
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef | undefined): Record<string, any> | undefined;
/**
 * ForwardBody controls if requests to the authorization server should include
 * the body of the client request; and if so, how big that body is allowed
 * to be.
 *
 * It is expected that implementations will buffer the request body up to
 * `forwardBody.maxSize` bytes. Bodies over that size must be rejected with a
 * 4xx series error (413 or 403 are common examples), and fail processing
 * of the filter.
 *
 * If unset, or `forwardBody.maxSize` is set to `0`, then the body will not
 * be forwarded.
 *
 * Feature Name: HTTPRouteExternalAuthForwardBody
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody {
    /**
     * MaxSize specifies how large in bytes the largest body that will be buffered
     * and sent to the authorization server. If the body size is larger than
     * `maxSize`, then the body sent to the authorization server must be
     * truncated to `maxSize` bytes.
     *
     * Experimental note: This behavior needs to be checked against
     * various dataplanes; it may need to be changed.
     * See https://github.com/kubernetes-sigs/gateway-api/pull/4001#discussion_r2291405746
     * for more.
     *
     * If 0, the body will not be sent to the authorization server.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody#maxSize
     */
    readonly maxSize?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody | undefined): Record<string, any> | undefined;
/**
 * GRPCAuthConfig contains configuration for communication with ext_authz
 * protocol-speaking backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc {
    /**
     * AllowedRequestHeaders specifies what headers from the client request
     * will be sent to the authorization server.
     *
     * If this list is empty, then all headers must be sent.
     *
     * If the list has entries, only those entries must be sent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc#allowedHeaders
     */
    readonly allowedHeaders?: string[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPAuthConfig contains configuration for communication with HTTP-speaking
 * backends.
 *
 * If unset, implementations must assume the default behavior for each
 * included field is intended.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp {
    /**
     * AllowedRequestHeaders specifies what additional headers from the client request
     * will be sent to the authorization server.
     *
     * The following headers must always be sent to the authorization server,
     * regardless of this setting:
     *
     * * `Host`
     * * `Method`
     * * `Path`
     * * `Content-Length`
     * * `Authorization`
     *
     * If this list is empty, then only those headers must be sent.
     *
     * Note that `Content-Length` has a special behavior, in that the length
     * sent must be correct for the actual request to the external authorization
     * server - that is, it must reflect the actual number of bytes sent in the
     * body of the request to the authorization server.
     *
     * So if the `forwardBody` stanza is unset, or `forwardBody.maxSize` is set
     * to `0`, then `Content-Length` must be `0`. If `forwardBody.maxSize` is set
     * to anything other than `0`, then the `Content-Length` of the authorization
     * request must be set to the actual number of bytes forwarded.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp#allowedHeaders
     */
    readonly allowedHeaders?: string[];
    /**
     * AllowedResponseHeaders specifies what headers from the authorization response
     * will be copied into the request to the backend.
     *
     * If this list is empty, then all headers from the authorization server
     * except Authority or Host must be copied.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp#allowedResponseHeaders
     */
    readonly allowedResponseHeaders?: string[];
    /**
     * Path sets the prefix that paths from the client request will have added
     * when forwarded to the authorization server.
     *
     * When empty or unspecified, no prefix is added.
     *
     * Valid values are the same as the "value" regex for path values in the `match`
     * stanza, and the validation regex will screen out invalid paths in the same way.
     * Even with the validation, implementations MUST sanitize this input before using it
     * directly.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp | undefined): Record<string, any> | undefined;
/**
 * ExternalAuthProtocol describes which protocol to use when communicating with an
 * ext_authz authorization server.
 *
 * When this is set to GRPC, each backend must use the Envoy ext_authz protocol
 * on the port specified in `backendRefs`. Requests and responses are defined
 * in the protobufs explained at:
 * https://www.envoyproxy.io/docs/envoy/latest/api-v3/service/auth/v3/external_auth.proto
 *
 * When this is set to HTTP, each backend must respond with a `200` status
 * code in on a successful authorization. Any other code is considered
 * an authorization failure.
 *
 * Feature Names:
 * GRPC Support - HTTPRouteExternalAuthGRPC
 * HTTP Support - HTTPRouteExternalAuthHTTP
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol {
    /** HTTP */
    HTTP = "HTTP",
    /** GRPC */
    GRPC = "GRPC"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * Must consist of printable US-ASCII characters, optionally separated
     * by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * TCPRoute provides a way to route TCP requests. When combined with a Gateway
listener, it can be used to forward connections on the port specified by the
listener to a set of backends specified by the TCPRoute.
 *
 * @schema TCPRoute
 */
export declare class TcpRoute extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TCPRoute"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TCPRoute".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: TcpRouteProps): any;
    /**
     * Defines a "TCPRoute" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: TcpRouteProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TCPRoute provides a way to route TCP requests. When combined with a Gateway
 * listener, it can be used to forward connections on the port specified by the
 * listener to a set of backends specified by the TCPRoute.
 *
 * @schema TCPRoute
 */
export interface TcpRouteProps {
    /**
     * @schema TCPRoute#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of TCPRoute.
     *
     * @schema TCPRoute#spec
     */
    readonly spec: TcpRouteSpec;
}
/**
 * Converts an object of type 'TcpRouteProps' to JSON representation.
 */
export declare function toJson_TcpRouteProps(obj: TcpRouteProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of TCPRoute.
 *
 * @schema TcpRouteSpec
 */
export interface TcpRouteSpec {
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     *
     * ParentRefs must be _distinct_. This means either that:
     *
     * * They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     * be unique across all parentRef entries in the Route.
     * * They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.
     *
     * Some examples:
     *
     * * If one ParentRef sets `sectionName`, all ParentRefs referencing the
     * same object must also set `sectionName`.
     * * If one ParentRef sets `port`, all ParentRefs referencing the same
     * object must also set `port`.
     * * If one ParentRef sets `sectionName` and `port`, all ParentRefs
     * referencing the same object must also set `sectionName` and `port`.
     *
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     *
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     * @schema TcpRouteSpec#parentRefs
     */
    readonly parentRefs?: TcpRouteSpecParentRefs[];
    /**
     * Rules are a list of TCP matchers and actions.
     *
     * @schema TcpRouteSpec#rules
     */
    readonly rules: TcpRouteSpecRules[];
    /**
     * UseDefaultGateways indicates the default Gateway scope to use for this
     * Route. If unset (the default) or set to None, the Route will not be
     * attached to any default Gateway; if set, it will be attached to any
     * default Gateway supporting the named scope, subject to the usual rules
     * about which Routes a Gateway is allowed to claim.
     *
     * Think carefully before using this functionality! The set of default
     * Gateways supporting the requested scope can change over time without
     * any notice to the Route author, and in many situations it will not be
     * appropriate to request a default Gateway for a given Route -- for
     * example, a Route with specific security requirements should almost
     * certainly not use a default Gateway.
     *
     * @schema TcpRouteSpec#useDefaultGateways
     */
    readonly useDefaultGateways?: TcpRouteSpecUseDefaultGateways;
}
/**
 * Converts an object of type 'TcpRouteSpec' to JSON representation.
 */
export declare function toJson_TcpRouteSpec(obj: TcpRouteSpec | undefined): Record<string, any> | undefined;
/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered
 * a parent of this resource (usually a route). There are two kinds of parent resources
 * with "Core" support:
 *
 * * Gateway (Gateway conformance profile)
 * * Service (Mesh conformance profile, ClusterIP Services only)
 *
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * @schema TcpRouteSpecParentRefs
 */
export interface TcpRouteSpecParentRefs {
    /**
     * Group is the group of the referent.
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     *
     * Support: Core
     *
     * @schema TcpRouteSpecParentRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * Support for other resources is Implementation-Specific.
     *
     * @schema TcpRouteSpecParentRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * Support: Core
     *
     * @schema TcpRouteSpecParentRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent. When unspecified, this refers
     * to the local namespace of the Route.
     *
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     *
     * Support: Core
     *
     * @schema TcpRouteSpecParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port is the network port this Route targets. It can be interpreted
     * differently based on the type of parent resource.
     *
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set `Port` unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     *
     *
     * When the parent resource is a Service, this targets a specific port in the
     * Service spec. When both Port (experimental) and SectionName are specified,
     * the name and port of the selected port must match both specified values.
     *
     *
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     *
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     *
     * Support: Extended
     *
     * @schema TcpRouteSpecParentRefs#port
     */
    readonly port?: number;
    /**
     * SectionName is the name of a section within the target resource. In the
     * following resources, SectionName is interpreted as the following:
     *
     * * Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     * * Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     *
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     *
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     *
     * Support: Core
     *
     * @schema TcpRouteSpecParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'TcpRouteSpecParentRefs' to JSON representation.
 */
export declare function toJson_TcpRouteSpecParentRefs(obj: TcpRouteSpecParentRefs | undefined): Record<string, any> | undefined;
/**
 * TCPRouteRule is the configuration for a given rule.
 *
 * @schema TcpRouteSpecRules
 */
export interface TcpRouteSpecRules {
    /**
     * BackendRefs defines the backend(s) where matching requests should be
     * sent. If unspecified or invalid (refers to a nonexistent resource or a
     * Service with no endpoints), the underlying implementation MUST actively
     * reject connection attempts to this backend. Connection rejections must
     * respect weight; if an invalid backend is requested to have 80% of
     * connections, then 80% of connections must be rejected instead.
     *
     * Support: Core for Kubernetes Service
     *
     * Support: Extended for Kubernetes ServiceImport
     *
     * Support: Implementation-specific for any other resource
     *
     * Support for weight: Extended
     *
     * @schema TcpRouteSpecRules#backendRefs
     */
    readonly backendRefs: TcpRouteSpecRulesBackendRefs[];
    /**
     * Name is the name of the route rule. This name MUST be unique within a Route if it is set.
     *
     * Support: Extended
     *
     * @schema TcpRouteSpecRules#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TcpRouteSpecRules' to JSON representation.
 */
export declare function toJson_TcpRouteSpecRules(obj: TcpRouteSpecRules | undefined): Record<string, any> | undefined;
/**
 * UseDefaultGateways indicates the default Gateway scope to use for this
 * Route. If unset (the default) or set to None, the Route will not be
 * attached to any default Gateway; if set, it will be attached to any
 * default Gateway supporting the named scope, subject to the usual rules
 * about which Routes a Gateway is allowed to claim.
 *
 * Think carefully before using this functionality! The set of default
 * Gateways supporting the requested scope can change over time without
 * any notice to the Route author, and in many situations it will not be
 * appropriate to request a default Gateway for a given Route -- for
 * example, a Route with specific security requirements should almost
 * certainly not use a default Gateway.
 *
 * @schema TcpRouteSpecUseDefaultGateways
 */
export declare enum TcpRouteSpecUseDefaultGateways {
    /** All */
    ALL = "All",
    /** None */
    NONE = "None"
}
/**
 * BackendRef defines how a Route should forward a request to a Kubernetes
 * resource.
 *
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 *
 *
 * When the BackendRef points to a Kubernetes Service, implementations SHOULD
 * honor the appProtocol field if it is set for the target Service Port.
 *
 * Implementations supporting appProtocol SHOULD recognize the Kubernetes
 * Standard Application Protocols defined in KEP-3726.
 *
 * If a Service appProtocol isn't specified, an implementation MAY infer the
 * backend protocol through its own means. Implementations MAY infer the
 * protocol from the Route type referring to the backend Service.
 *
 * If a Route is not able to send traffic to the backend using the specified
 * protocol then the backend is considered invalid. Implementations MUST set the
 * "ResolvedRefs" condition to "False" with the "UnsupportedProtocol" reason.
 *
 *
 * Note that when the BackendTLSPolicy object is enabled by the implementation,
 * there are some extra rules about validity to consider here. See the fields
 * where this struct is used for more information about the exact behavior.
 *
 * @schema TcpRouteSpecRulesBackendRefs
 */
export interface TcpRouteSpecRulesBackendRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema TcpRouteSpecRulesBackendRefs#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema TcpRouteSpecRulesBackendRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema TcpRouteSpecRulesBackendRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema TcpRouteSpecRulesBackendRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema TcpRouteSpecRulesBackendRefs#port
     */
    readonly port?: number;
    /**
     * Weight specifies the proportion of requests forwarded to the referenced
     * backend. This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     *
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     *
     * Support for this field varies based on the context where used.
     *
     * @schema TcpRouteSpecRulesBackendRefs#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'TcpRouteSpecRulesBackendRefs' to JSON representation.
 */
export declare function toJson_TcpRouteSpecRulesBackendRefs(obj: TcpRouteSpecRulesBackendRefs | undefined): Record<string, any> | undefined;
/**
 * UDPRoute provides a way to route UDP traffic. When combined with a Gateway
listener, it can be used to forward traffic on the port specified by the
listener to a set of backends specified by the UDPRoute.
 *
 * @schema UDPRoute
 */
export declare class UdpRoute extends ApiObject {
    /**
     * Returns the apiVersion and kind for "UDPRoute"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "UDPRoute".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: UdpRouteProps): any;
    /**
     * Defines a "UDPRoute" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: UdpRouteProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * UDPRoute provides a way to route UDP traffic. When combined with a Gateway
 * listener, it can be used to forward traffic on the port specified by the
 * listener to a set of backends specified by the UDPRoute.
 *
 * @schema UDPRoute
 */
export interface UdpRouteProps {
    /**
     * @schema UDPRoute#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of UDPRoute.
     *
     * @schema UDPRoute#spec
     */
    readonly spec: UdpRouteSpec;
}
/**
 * Converts an object of type 'UdpRouteProps' to JSON representation.
 */
export declare function toJson_UdpRouteProps(obj: UdpRouteProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of UDPRoute.
 *
 * @schema UdpRouteSpec
 */
export interface UdpRouteSpec {
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     *
     * ParentRefs must be _distinct_. This means either that:
     *
     * * They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     * be unique across all parentRef entries in the Route.
     * * They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.
     *
     * Some examples:
     *
     * * If one ParentRef sets `sectionName`, all ParentRefs referencing the
     * same object must also set `sectionName`.
     * * If one ParentRef sets `port`, all ParentRefs referencing the same
     * object must also set `port`.
     * * If one ParentRef sets `sectionName` and `port`, all ParentRefs
     * referencing the same object must also set `sectionName` and `port`.
     *
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     *
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     * @schema UdpRouteSpec#parentRefs
     */
    readonly parentRefs?: UdpRouteSpecParentRefs[];
    /**
     * Rules are a list of UDP matchers and actions.
     *
     * @schema UdpRouteSpec#rules
     */
    readonly rules: UdpRouteSpecRules[];
    /**
     * UseDefaultGateways indicates the default Gateway scope to use for this
     * Route. If unset (the default) or set to None, the Route will not be
     * attached to any default Gateway; if set, it will be attached to any
     * default Gateway supporting the named scope, subject to the usual rules
     * about which Routes a Gateway is allowed to claim.
     *
     * Think carefully before using this functionality! The set of default
     * Gateways supporting the requested scope can change over time without
     * any notice to the Route author, and in many situations it will not be
     * appropriate to request a default Gateway for a given Route -- for
     * example, a Route with specific security requirements should almost
     * certainly not use a default Gateway.
     *
     * @schema UdpRouteSpec#useDefaultGateways
     */
    readonly useDefaultGateways?: UdpRouteSpecUseDefaultGateways;
}
/**
 * Converts an object of type 'UdpRouteSpec' to JSON representation.
 */
export declare function toJson_UdpRouteSpec(obj: UdpRouteSpec | undefined): Record<string, any> | undefined;
/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered
 * a parent of this resource (usually a route). There are two kinds of parent resources
 * with "Core" support:
 *
 * * Gateway (Gateway conformance profile)
 * * Service (Mesh conformance profile, ClusterIP Services only)
 *
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * @schema UdpRouteSpecParentRefs
 */
export interface UdpRouteSpecParentRefs {
    /**
     * Group is the group of the referent.
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     *
     * Support: Core
     *
     * @schema UdpRouteSpecParentRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * Support for other resources is Implementation-Specific.
     *
     * @schema UdpRouteSpecParentRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * Support: Core
     *
     * @schema UdpRouteSpecParentRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent. When unspecified, this refers
     * to the local namespace of the Route.
     *
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     *
     *
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     *
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     *
     *
     * Support: Core
     *
     * @schema UdpRouteSpecParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port is the network port this Route targets. It can be interpreted
     * differently based on the type of parent resource.
     *
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set `Port` unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     *
     *
     * When the parent resource is a Service, this targets a specific port in the
     * Service spec. When both Port (experimental) and SectionName are specified,
     * the name and port of the selected port must match both specified values.
     *
     *
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     *
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     *
     * Support: Extended
     *
     * @schema UdpRouteSpecParentRefs#port
     */
    readonly port?: number;
    /**
     * SectionName is the name of a section within the target resource. In the
     * following resources, SectionName is interpreted as the following:
     *
     * * Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     * * Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     *
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     *
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     *
     * Support: Core
     *
     * @schema UdpRouteSpecParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'UdpRouteSpecParentRefs' to JSON representation.
 */
export declare function toJson_UdpRouteSpecParentRefs(obj: UdpRouteSpecParentRefs | undefined): Record<string, any> | undefined;
/**
 * UDPRouteRule is the configuration for a given rule.
 *
 * @schema UdpRouteSpecRules
 */
export interface UdpRouteSpecRules {
    /**
     * BackendRefs defines the backend(s) where matching requests should be
     * sent. If unspecified or invalid (refers to a nonexistent resource or a
     * Service with no endpoints), the underlying implementation MUST actively
     * reject connection attempts to this backend. Packet drops must
     * respect weight; if an invalid backend is requested to have 80% of
     * the packets, then 80% of packets must be dropped instead.
     *
     * Support: Core for Kubernetes Service
     *
     * Support: Extended for Kubernetes ServiceImport
     *
     * Support: Implementation-specific for any other resource
     *
     * Support for weight: Extended
     *
     * @schema UdpRouteSpecRules#backendRefs
     */
    readonly backendRefs: UdpRouteSpecRulesBackendRefs[];
    /**
     * Name is the name of the route rule. This name MUST be unique within a Route if it is set.
     *
     * Support: Extended
     *
     * @schema UdpRouteSpecRules#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'UdpRouteSpecRules' to JSON representation.
 */
export declare function toJson_UdpRouteSpecRules(obj: UdpRouteSpecRules | undefined): Record<string, any> | undefined;
/**
 * UseDefaultGateways indicates the default Gateway scope to use for this
 * Route. If unset (the default) or set to None, the Route will not be
 * attached to any default Gateway; if set, it will be attached to any
 * default Gateway supporting the named scope, subject to the usual rules
 * about which Routes a Gateway is allowed to claim.
 *
 * Think carefully before using this functionality! The set of default
 * Gateways supporting the requested scope can change over time without
 * any notice to the Route author, and in many situations it will not be
 * appropriate to request a default Gateway for a given Route -- for
 * example, a Route with specific security requirements should almost
 * certainly not use a default Gateway.
 *
 * @schema UdpRouteSpecUseDefaultGateways
 */
export declare enum UdpRouteSpecUseDefaultGateways {
    /** All */
    ALL = "All",
    /** None */
    NONE = "None"
}
/**
 * BackendRef defines how a Route should forward a request to a Kubernetes
 * resource.
 *
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 *
 *
 * When the BackendRef points to a Kubernetes Service, implementations SHOULD
 * honor the appProtocol field if it is set for the target Service Port.
 *
 * Implementations supporting appProtocol SHOULD recognize the Kubernetes
 * Standard Application Protocols defined in KEP-3726.
 *
 * If a Service appProtocol isn't specified, an implementation MAY infer the
 * backend protocol through its own means. Implementations MAY infer the
 * protocol from the Route type referring to the backend Service.
 *
 * If a Route is not able to send traffic to the backend using the specified
 * protocol then the backend is considered invalid. Implementations MUST set the
 * "ResolvedRefs" condition to "False" with the "UnsupportedProtocol" reason.
 *
 *
 * Note that when the BackendTLSPolicy object is enabled by the implementation,
 * there are some extra rules about validity to consider here. See the fields
 * where this struct is used for more information about the exact behavior.
 *
 * @schema UdpRouteSpecRulesBackendRefs
 */
export interface UdpRouteSpecRulesBackendRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema UdpRouteSpecRulesBackendRefs#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema UdpRouteSpecRulesBackendRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema UdpRouteSpecRulesBackendRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema UdpRouteSpecRulesBackendRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema UdpRouteSpecRulesBackendRefs#port
     */
    readonly port?: number;
    /**
     * Weight specifies the proportion of requests forwarded to the referenced
     * backend. This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     *
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     *
     * Support for this field varies based on the context where used.
     *
     * @schema UdpRouteSpecRulesBackendRefs#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'UdpRouteSpecRulesBackendRefs' to JSON representation.
 */
export declare function toJson_UdpRouteSpecRulesBackendRefs(obj: UdpRouteSpecRulesBackendRefs | undefined): Record<string, any> | undefined;
