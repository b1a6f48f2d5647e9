"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UdpRouteSpecUseDefaultGateways = exports.UdpRoute = exports.TcpRouteSpecUseDefaultGateways = exports.TcpRoute = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = exports.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = exports.HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType = exports.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = exports.HttpRouteV1Beta1SpecRulesMatchesPathType = exports.HttpRouteV1Beta1SpecRulesMatchesHeadersType = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = exports.HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol = exports.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = exports.HttpRouteV1Beta1SpecRulesSessionPersistenceType = exports.HttpRouteV1Beta1SpecRulesMatchesMethod = exports.HttpRouteV1Beta1SpecRulesFiltersType = exports.HttpRouteV1Beta1SpecUseDefaultGateways = exports.HttpRouteV1Beta1 = exports.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = exports.HttpRouteSpecRulesFiltersUrlRewritePathType = exports.HttpRouteSpecRulesFiltersRequestRedirectPathType = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = exports.HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol = exports.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = exports.HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType = exports.HttpRouteSpecRulesMatchesQueryParamsType = exports.HttpRouteSpecRulesMatchesPathType = exports.HttpRouteSpecRulesMatchesHeadersType = exports.HttpRouteSpecRulesFiltersRequestRedirectStatusCode = exports.HttpRouteSpecRulesFiltersRequestRedirectScheme = exports.HttpRouteSpecRulesFiltersExternalAuthProtocol = exports.HttpRouteSpecRulesFiltersCorsAllowMethods = exports.HttpRouteSpecRulesBackendRefsFiltersType = exports.HttpRouteSpecRulesSessionPersistenceType = exports.HttpRouteSpecRulesMatchesMethod = exports.HttpRouteSpecRulesFiltersType = exports.HttpRouteSpecUseDefaultGateways = exports.HttpRoute = void 0;
exports.toJson_HttpRouteProps = toJson_HttpRouteProps;
exports.toJson_HttpRouteSpec = toJson_HttpRouteSpec;
exports.toJson_HttpRouteSpecParentRefs = toJson_HttpRouteSpecParentRefs;
exports.toJson_HttpRouteSpecRules = toJson_HttpRouteSpecRules;
exports.toJson_HttpRouteSpecRulesBackendRefs = toJson_HttpRouteSpecRulesBackendRefs;
exports.toJson_HttpRouteSpecRulesFilters = toJson_HttpRouteSpecRulesFilters;
exports.toJson_HttpRouteSpecRulesMatches = toJson_HttpRouteSpecRulesMatches;
exports.toJson_HttpRouteSpecRulesRetry = toJson_HttpRouteSpecRulesRetry;
exports.toJson_HttpRouteSpecRulesSessionPersistence = toJson_HttpRouteSpecRulesSessionPersistence;
exports.toJson_HttpRouteSpecRulesTimeouts = toJson_HttpRouteSpecRulesTimeouts;
exports.toJson_HttpRouteSpecRulesBackendRefsFilters = toJson_HttpRouteSpecRulesBackendRefsFilters;
exports.toJson_HttpRouteSpecRulesFiltersCors = toJson_HttpRouteSpecRulesFiltersCors;
exports.toJson_HttpRouteSpecRulesFiltersExtensionRef = toJson_HttpRouteSpecRulesFiltersExtensionRef;
exports.toJson_HttpRouteSpecRulesFiltersExternalAuth = toJson_HttpRouteSpecRulesFiltersExternalAuth;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirror = toJson_HttpRouteSpecRulesFiltersRequestMirror;
exports.toJson_HttpRouteSpecRulesFiltersRequestRedirect = toJson_HttpRouteSpecRulesFiltersRequestRedirect;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier;
exports.toJson_HttpRouteSpecRulesFiltersUrlRewrite = toJson_HttpRouteSpecRulesFiltersUrlRewrite;
exports.toJson_HttpRouteSpecRulesMatchesHeaders = toJson_HttpRouteSpecRulesMatchesHeaders;
exports.toJson_HttpRouteSpecRulesMatchesPath = toJson_HttpRouteSpecRulesMatchesPath;
exports.toJson_HttpRouteSpecRulesMatchesQueryParams = toJson_HttpRouteSpecRulesMatchesQueryParams;
exports.toJson_HttpRouteSpecRulesSessionPersistenceCookieConfig = toJson_HttpRouteSpecRulesSessionPersistenceCookieConfig;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersCors = toJson_HttpRouteSpecRulesBackendRefsFiltersCors;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef = toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuth = toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuth;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite = toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite;
exports.toJson_HttpRouteSpecRulesFiltersExternalAuthBackendRef = toJson_HttpRouteSpecRulesFiltersExternalAuthBackendRef;
exports.toJson_HttpRouteSpecRulesFiltersExternalAuthForwardBody = toJson_HttpRouteSpecRulesFiltersExternalAuthForwardBody;
exports.toJson_HttpRouteSpecRulesFiltersExternalAuthGrpc = toJson_HttpRouteSpecRulesFiltersExternalAuthGrpc;
exports.toJson_HttpRouteSpecRulesFiltersExternalAuthHttp = toJson_HttpRouteSpecRulesFiltersExternalAuthHttp;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef = toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction = toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction;
exports.toJson_HttpRouteSpecRulesFiltersRequestRedirectPath = toJson_HttpRouteSpecRulesFiltersRequestRedirectPath;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesFiltersUrlRewritePath = toJson_HttpRouteSpecRulesFiltersUrlRewritePath;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef = toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody = toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc = toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp = toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath = toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath;
exports.toJson_HttpRouteV1Beta1Props = toJson_HttpRouteV1Beta1Props;
exports.toJson_HttpRouteV1Beta1Spec = toJson_HttpRouteV1Beta1Spec;
exports.toJson_HttpRouteV1Beta1SpecParentRefs = toJson_HttpRouteV1Beta1SpecParentRefs;
exports.toJson_HttpRouteV1Beta1SpecRules = toJson_HttpRouteV1Beta1SpecRules;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefs = toJson_HttpRouteV1Beta1SpecRulesBackendRefs;
exports.toJson_HttpRouteV1Beta1SpecRulesFilters = toJson_HttpRouteV1Beta1SpecRulesFilters;
exports.toJson_HttpRouteV1Beta1SpecRulesMatches = toJson_HttpRouteV1Beta1SpecRulesMatches;
exports.toJson_HttpRouteV1Beta1SpecRulesRetry = toJson_HttpRouteV1Beta1SpecRulesRetry;
exports.toJson_HttpRouteV1Beta1SpecRulesSessionPersistence = toJson_HttpRouteV1Beta1SpecRulesSessionPersistence;
exports.toJson_HttpRouteV1Beta1SpecRulesTimeouts = toJson_HttpRouteV1Beta1SpecRulesTimeouts;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersCors = toJson_HttpRouteV1Beta1SpecRulesFiltersCors;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef = toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuth = toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuth;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite = toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders = toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesPath = toJson_HttpRouteV1Beta1SpecRulesMatchesPath;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams = toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams;
exports.toJson_HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig = toJson_HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef = toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody = toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc = toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp = toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath = toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath;
exports.toJson_TcpRouteProps = toJson_TcpRouteProps;
exports.toJson_TcpRouteSpec = toJson_TcpRouteSpec;
exports.toJson_TcpRouteSpecParentRefs = toJson_TcpRouteSpecParentRefs;
exports.toJson_TcpRouteSpecRules = toJson_TcpRouteSpecRules;
exports.toJson_TcpRouteSpecRulesBackendRefs = toJson_TcpRouteSpecRulesBackendRefs;
exports.toJson_UdpRouteProps = toJson_UdpRouteProps;
exports.toJson_UdpRouteSpec = toJson_UdpRouteSpec;
exports.toJson_UdpRouteSpecParentRefs = toJson_UdpRouteSpecParentRefs;
exports.toJson_UdpRouteSpecRules = toJson_UdpRouteSpecRules;
exports.toJson_UdpRouteSpecRulesBackendRefs = toJson_UdpRouteSpecRulesBackendRefs;
const cdk8s_1 = require("cdk8s");
class HttpRoute extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
    };
    static manifest(props) {
        return {
            ...HttpRoute.GVK,
            ...toJson_HttpRouteProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...HttpRoute.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...HttpRoute.GVK,
            ...toJson_HttpRouteProps(resolved),
        };
    }
}
exports.HttpRoute = HttpRoute;
function toJson_HttpRouteProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HttpRouteSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_HttpRouteSpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_HttpRouteSpecRules(y)),
        'useDefaultGateways': obj.useDefaultGateways,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_HttpRouteSpecRulesBackendRefs(y)),
        'filters': obj.filters?.map(y => toJson_HttpRouteSpecRulesFilters(y)),
        'matches': obj.matches?.map(y => toJson_HttpRouteSpecRulesMatches(y)),
        'name': obj.name,
        'retry': toJson_HttpRouteSpecRulesRetry(obj.retry),
        'sessionPersistence': toJson_HttpRouteSpecRulesSessionPersistence(obj.sessionPersistence),
        'timeouts': toJson_HttpRouteSpecRulesTimeouts(obj.timeouts),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecUseDefaultGateways;
(function (HttpRouteSpecUseDefaultGateways) {
    HttpRouteSpecUseDefaultGateways["ALL"] = "All";
    HttpRouteSpecUseDefaultGateways["NONE"] = "None";
})(HttpRouteSpecUseDefaultGateways || (exports.HttpRouteSpecUseDefaultGateways = HttpRouteSpecUseDefaultGateways = {}));
function toJson_HttpRouteSpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'filters': obj.filters?.map(y => toJson_HttpRouteSpecRulesBackendRefsFilters(y)),
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteSpecRulesFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteSpecRulesFiltersExtensionRef(obj.extensionRef),
        'externalAuth': toJson_HttpRouteSpecRulesFiltersExternalAuth(obj.externalAuth),
        'requestHeaderModifier': toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteSpecRulesFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteSpecRulesFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteSpecRulesFiltersUrlRewrite(obj.urlRewrite),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesMatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headers': obj.headers?.map(y => toJson_HttpRouteSpecRulesMatchesHeaders(y)),
        'method': obj.method,
        'path': toJson_HttpRouteSpecRulesMatchesPath(obj.path),
        'queryParams': obj.queryParams?.map(y => toJson_HttpRouteSpecRulesMatchesQueryParams(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attempts': obj.attempts,
        'backoff': obj.backoff,
        'codes': obj.codes?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesSessionPersistence(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'absoluteTimeout': obj.absoluteTimeout,
        'cookieConfig': toJson_HttpRouteSpecRulesSessionPersistenceCookieConfig(obj.cookieConfig),
        'idleTimeout': obj.idleTimeout,
        'sessionName': obj.sessionName,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesTimeouts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRequest': obj.backendRequest,
        'request': obj.request,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteSpecRulesBackendRefsFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef(obj.extensionRef),
        'externalAuth': toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuth(obj.externalAuth),
        'requestHeaderModifier': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(obj.urlRewrite),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersExternalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteSpecRulesFiltersExternalAuthBackendRef(obj.backendRef),
        'forwardBody': toJson_HttpRouteSpecRulesFiltersExternalAuthForwardBody(obj.forwardBody),
        'grpc': toJson_HttpRouteSpecRulesFiltersExternalAuthGrpc(obj.grpc),
        'http': toJson_HttpRouteSpecRulesFiltersExternalAuthHttp(obj.http),
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesFiltersType;
(function (HttpRouteSpecRulesFiltersType) {
    HttpRouteSpecRulesFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    HttpRouteSpecRulesFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    HttpRouteSpecRulesFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    HttpRouteSpecRulesFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    HttpRouteSpecRulesFiltersType["URL_REWRITE"] = "URLRewrite";
    HttpRouteSpecRulesFiltersType["EXTENSION_REF"] = "ExtensionRef";
    HttpRouteSpecRulesFiltersType["CORS"] = "CORS";
    HttpRouteSpecRulesFiltersType["EXTERNAL_AUTH"] = "ExternalAuth";
})(HttpRouteSpecRulesFiltersType || (exports.HttpRouteSpecRulesFiltersType = HttpRouteSpecRulesFiltersType = {}));
function toJson_HttpRouteSpecRulesFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesFiltersUrlRewritePath(obj.path),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesMatchesHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesMatchesMethod;
(function (HttpRouteSpecRulesMatchesMethod) {
    HttpRouteSpecRulesMatchesMethod["GET"] = "GET";
    HttpRouteSpecRulesMatchesMethod["HEAD"] = "HEAD";
    HttpRouteSpecRulesMatchesMethod["POST"] = "POST";
    HttpRouteSpecRulesMatchesMethod["PUT"] = "PUT";
    HttpRouteSpecRulesMatchesMethod["DELETE"] = "DELETE";
    HttpRouteSpecRulesMatchesMethod["CONNECT"] = "CONNECT";
    HttpRouteSpecRulesMatchesMethod["OPTIONS"] = "OPTIONS";
    HttpRouteSpecRulesMatchesMethod["TRACE"] = "TRACE";
    HttpRouteSpecRulesMatchesMethod["PATCH"] = "PATCH";
})(HttpRouteSpecRulesMatchesMethod || (exports.HttpRouteSpecRulesMatchesMethod = HttpRouteSpecRulesMatchesMethod = {}));
function toJson_HttpRouteSpecRulesMatchesPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesMatchesQueryParams(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesSessionPersistenceCookieConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'lifetimeType': obj.lifetimeType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesSessionPersistenceType;
(function (HttpRouteSpecRulesSessionPersistenceType) {
    HttpRouteSpecRulesSessionPersistenceType["COOKIE"] = "Cookie";
    HttpRouteSpecRulesSessionPersistenceType["HEADER"] = "Header";
})(HttpRouteSpecRulesSessionPersistenceType || (exports.HttpRouteSpecRulesSessionPersistenceType = HttpRouteSpecRulesSessionPersistenceType = {}));
function toJson_HttpRouteSpecRulesBackendRefsFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef(obj.backendRef),
        'forwardBody': toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody(obj.forwardBody),
        'grpc': toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc(obj.grpc),
        'http': toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp(obj.http),
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesBackendRefsFiltersType;
(function (HttpRouteSpecRulesBackendRefsFiltersType) {
    HttpRouteSpecRulesBackendRefsFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    HttpRouteSpecRulesBackendRefsFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    HttpRouteSpecRulesBackendRefsFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    HttpRouteSpecRulesBackendRefsFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    HttpRouteSpecRulesBackendRefsFiltersType["URL_REWRITE"] = "URLRewrite";
    HttpRouteSpecRulesBackendRefsFiltersType["EXTENSION_REF"] = "ExtensionRef";
    HttpRouteSpecRulesBackendRefsFiltersType["CORS"] = "CORS";
    HttpRouteSpecRulesBackendRefsFiltersType["EXTERNAL_AUTH"] = "ExternalAuth";
})(HttpRouteSpecRulesBackendRefsFiltersType || (exports.HttpRouteSpecRulesBackendRefsFiltersType = HttpRouteSpecRulesBackendRefsFiltersType = {}));
function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(obj.path),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesFiltersCorsAllowMethods;
(function (HttpRouteSpecRulesFiltersCorsAllowMethods) {
    HttpRouteSpecRulesFiltersCorsAllowMethods["GET"] = "GET";
    HttpRouteSpecRulesFiltersCorsAllowMethods["HEAD"] = "HEAD";
    HttpRouteSpecRulesFiltersCorsAllowMethods["POST"] = "POST";
    HttpRouteSpecRulesFiltersCorsAllowMethods["PUT"] = "PUT";
    HttpRouteSpecRulesFiltersCorsAllowMethods["DELETE"] = "DELETE";
    HttpRouteSpecRulesFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    HttpRouteSpecRulesFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    HttpRouteSpecRulesFiltersCorsAllowMethods["TRACE"] = "TRACE";
    HttpRouteSpecRulesFiltersCorsAllowMethods["PATCH"] = "PATCH";
    HttpRouteSpecRulesFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteSpecRulesFiltersCorsAllowMethods || (exports.HttpRouteSpecRulesFiltersCorsAllowMethods = HttpRouteSpecRulesFiltersCorsAllowMethods = {}));
function toJson_HttpRouteSpecRulesFiltersExternalAuthBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersExternalAuthForwardBody(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSize': obj.maxSize,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersExternalAuthGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersExternalAuthHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
        'allowedResponseHeaders': obj.allowedResponseHeaders?.map(y => y),
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesFiltersExternalAuthProtocol;
(function (HttpRouteSpecRulesFiltersExternalAuthProtocol) {
    HttpRouteSpecRulesFiltersExternalAuthProtocol["HTTP"] = "HTTP";
    HttpRouteSpecRulesFiltersExternalAuthProtocol["GRPC"] = "GRPC";
})(HttpRouteSpecRulesFiltersExternalAuthProtocol || (exports.HttpRouteSpecRulesFiltersExternalAuthProtocol = HttpRouteSpecRulesFiltersExternalAuthProtocol = {}));
function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesFiltersRequestRedirectScheme;
(function (HttpRouteSpecRulesFiltersRequestRedirectScheme) {
    HttpRouteSpecRulesFiltersRequestRedirectScheme["HTTP"] = "http";
    HttpRouteSpecRulesFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteSpecRulesFiltersRequestRedirectScheme || (exports.HttpRouteSpecRulesFiltersRequestRedirectScheme = HttpRouteSpecRulesFiltersRequestRedirectScheme = {}));
var HttpRouteSpecRulesFiltersRequestRedirectStatusCode;
(function (HttpRouteSpecRulesFiltersRequestRedirectStatusCode) {
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteSpecRulesFiltersRequestRedirectStatusCode || (exports.HttpRouteSpecRulesFiltersRequestRedirectStatusCode = HttpRouteSpecRulesFiltersRequestRedirectStatusCode = {}));
function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesMatchesHeadersType;
(function (HttpRouteSpecRulesMatchesHeadersType) {
    HttpRouteSpecRulesMatchesHeadersType["EXACT"] = "Exact";
    HttpRouteSpecRulesMatchesHeadersType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteSpecRulesMatchesHeadersType || (exports.HttpRouteSpecRulesMatchesHeadersType = HttpRouteSpecRulesMatchesHeadersType = {}));
var HttpRouteSpecRulesMatchesPathType;
(function (HttpRouteSpecRulesMatchesPathType) {
    HttpRouteSpecRulesMatchesPathType["EXACT"] = "Exact";
    HttpRouteSpecRulesMatchesPathType["PATH_PREFIX"] = "PathPrefix";
    HttpRouteSpecRulesMatchesPathType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteSpecRulesMatchesPathType || (exports.HttpRouteSpecRulesMatchesPathType = HttpRouteSpecRulesMatchesPathType = {}));
var HttpRouteSpecRulesMatchesQueryParamsType;
(function (HttpRouteSpecRulesMatchesQueryParamsType) {
    HttpRouteSpecRulesMatchesQueryParamsType["EXACT"] = "Exact";
    HttpRouteSpecRulesMatchesQueryParamsType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteSpecRulesMatchesQueryParamsType || (exports.HttpRouteSpecRulesMatchesQueryParamsType = HttpRouteSpecRulesMatchesQueryParamsType = {}));
var HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType;
(function (HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType) {
    HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType["PERMANENT"] = "Permanent";
    HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType["SESSION"] = "Session";
})(HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType || (exports.HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType = HttpRouteSpecRulesSessionPersistenceCookieConfigLifetimeType = {}));
var HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods;
(function (HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods) {
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["GET"] = "GET";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["HEAD"] = "HEAD";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["POST"] = "POST";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["PUT"] = "PUT";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["DELETE"] = "DELETE";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["TRACE"] = "TRACE";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["PATCH"] = "PATCH";
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods || (exports.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = {}));
function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthForwardBody(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSize': obj.maxSize,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersExternalAuthHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
        'allowedResponseHeaders': obj.allowedResponseHeaders?.map(y => y),
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol;
(function (HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol) {
    HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol["HTTP"] = "HTTP";
    HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol["GRPC"] = "GRPC";
})(HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol || (exports.HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol = HttpRouteSpecRulesBackendRefsFiltersExternalAuthProtocol = {}));
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme;
(function (HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme) {
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme["HTTP"] = "http";
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme || (exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = {}));
var HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode;
(function (HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode) {
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode || (exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = {}));
function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteSpecRulesFiltersRequestRedirectPathType;
(function (HttpRouteSpecRulesFiltersRequestRedirectPathType) {
    HttpRouteSpecRulesFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteSpecRulesFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesFiltersRequestRedirectPathType || (exports.HttpRouteSpecRulesFiltersRequestRedirectPathType = HttpRouteSpecRulesFiltersRequestRedirectPathType = {}));
var HttpRouteSpecRulesFiltersUrlRewritePathType;
(function (HttpRouteSpecRulesFiltersUrlRewritePathType) {
    HttpRouteSpecRulesFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteSpecRulesFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesFiltersUrlRewritePathType || (exports.HttpRouteSpecRulesFiltersUrlRewritePathType = HttpRouteSpecRulesFiltersUrlRewritePathType = {}));
var HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType;
(function (HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType) {
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType || (exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = {}));
var HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType;
(function (HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType) {
    HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType || (exports.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = {}));
class HttpRouteV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'HTTPRoute',
    };
    static manifest(props) {
        return {
            ...HttpRouteV1Beta1.GVK,
            ...toJson_HttpRouteV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...HttpRouteV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...HttpRouteV1Beta1.GVK,
            ...toJson_HttpRouteV1Beta1Props(resolved),
        };
    }
}
exports.HttpRouteV1Beta1 = HttpRouteV1Beta1;
function toJson_HttpRouteV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HttpRouteV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_HttpRouteV1Beta1SpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_HttpRouteV1Beta1SpecRules(y)),
        'useDefaultGateways': obj.useDefaultGateways,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefs(y)),
        'filters': obj.filters?.map(y => toJson_HttpRouteV1Beta1SpecRulesFilters(y)),
        'matches': obj.matches?.map(y => toJson_HttpRouteV1Beta1SpecRulesMatches(y)),
        'name': obj.name,
        'retry': toJson_HttpRouteV1Beta1SpecRulesRetry(obj.retry),
        'sessionPersistence': toJson_HttpRouteV1Beta1SpecRulesSessionPersistence(obj.sessionPersistence),
        'timeouts': toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj.timeouts),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecUseDefaultGateways;
(function (HttpRouteV1Beta1SpecUseDefaultGateways) {
    HttpRouteV1Beta1SpecUseDefaultGateways["ALL"] = "All";
    HttpRouteV1Beta1SpecUseDefaultGateways["NONE"] = "None";
})(HttpRouteV1Beta1SpecUseDefaultGateways || (exports.HttpRouteV1Beta1SpecUseDefaultGateways = HttpRouteV1Beta1SpecUseDefaultGateways = {}));
function toJson_HttpRouteV1Beta1SpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'filters': obj.filters?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters(y)),
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteV1Beta1SpecRulesFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef(obj.extensionRef),
        'externalAuth': toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuth(obj.externalAuth),
        'requestHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(obj.urlRewrite),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesMatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headers': obj.headers?.map(y => toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders(y)),
        'method': obj.method,
        'path': toJson_HttpRouteV1Beta1SpecRulesMatchesPath(obj.path),
        'queryParams': obj.queryParams?.map(y => toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attempts': obj.attempts,
        'backoff': obj.backoff,
        'codes': obj.codes?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesSessionPersistence(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'absoluteTimeout': obj.absoluteTimeout,
        'cookieConfig': toJson_HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig(obj.cookieConfig),
        'idleTimeout': obj.idleTimeout,
        'sessionName': obj.sessionName,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRequest': obj.backendRequest,
        'request': obj.request,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(obj.extensionRef),
        'externalAuth': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth(obj.externalAuth),
        'requestHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(obj.urlRewrite),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef(obj.backendRef),
        'forwardBody': toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody(obj.forwardBody),
        'grpc': toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc(obj.grpc),
        'http': toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp(obj.http),
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesFiltersType;
(function (HttpRouteV1Beta1SpecRulesFiltersType) {
    HttpRouteV1Beta1SpecRulesFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    HttpRouteV1Beta1SpecRulesFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    HttpRouteV1Beta1SpecRulesFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    HttpRouteV1Beta1SpecRulesFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    HttpRouteV1Beta1SpecRulesFiltersType["URL_REWRITE"] = "URLRewrite";
    HttpRouteV1Beta1SpecRulesFiltersType["EXTENSION_REF"] = "ExtensionRef";
    HttpRouteV1Beta1SpecRulesFiltersType["CORS"] = "CORS";
    HttpRouteV1Beta1SpecRulesFiltersType["EXTERNAL_AUTH"] = "ExternalAuth";
})(HttpRouteV1Beta1SpecRulesFiltersType || (exports.HttpRouteV1Beta1SpecRulesFiltersType = HttpRouteV1Beta1SpecRulesFiltersType = {}));
function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(obj.path),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesMatchesMethod;
(function (HttpRouteV1Beta1SpecRulesMatchesMethod) {
    HttpRouteV1Beta1SpecRulesMatchesMethod["GET"] = "GET";
    HttpRouteV1Beta1SpecRulesMatchesMethod["HEAD"] = "HEAD";
    HttpRouteV1Beta1SpecRulesMatchesMethod["POST"] = "POST";
    HttpRouteV1Beta1SpecRulesMatchesMethod["PUT"] = "PUT";
    HttpRouteV1Beta1SpecRulesMatchesMethod["DELETE"] = "DELETE";
    HttpRouteV1Beta1SpecRulesMatchesMethod["CONNECT"] = "CONNECT";
    HttpRouteV1Beta1SpecRulesMatchesMethod["OPTIONS"] = "OPTIONS";
    HttpRouteV1Beta1SpecRulesMatchesMethod["TRACE"] = "TRACE";
    HttpRouteV1Beta1SpecRulesMatchesMethod["PATCH"] = "PATCH";
})(HttpRouteV1Beta1SpecRulesMatchesMethod || (exports.HttpRouteV1Beta1SpecRulesMatchesMethod = HttpRouteV1Beta1SpecRulesMatchesMethod = {}));
function toJson_HttpRouteV1Beta1SpecRulesMatchesPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'lifetimeType': obj.lifetimeType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesSessionPersistenceType;
(function (HttpRouteV1Beta1SpecRulesSessionPersistenceType) {
    HttpRouteV1Beta1SpecRulesSessionPersistenceType["COOKIE"] = "Cookie";
    HttpRouteV1Beta1SpecRulesSessionPersistenceType["HEADER"] = "Header";
})(HttpRouteV1Beta1SpecRulesSessionPersistenceType || (exports.HttpRouteV1Beta1SpecRulesSessionPersistenceType = HttpRouteV1Beta1SpecRulesSessionPersistenceType = {}));
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef(obj.backendRef),
        'forwardBody': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody(obj.forwardBody),
        'grpc': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc(obj.grpc),
        'http': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp(obj.http),
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersType;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersType) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["URL_REWRITE"] = "URLRewrite";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["EXTENSION_REF"] = "ExtensionRef";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["CORS"] = "CORS";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["EXTERNAL_AUTH"] = "ExternalAuth";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersType || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = {}));
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(obj.path),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods;
(function (HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods) {
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["GET"] = "GET";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["HEAD"] = "HEAD";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["POST"] = "POST";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["PUT"] = "PUT";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["DELETE"] = "DELETE";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["TRACE"] = "TRACE";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["PATCH"] = "PATCH";
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods || (exports.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = {}));
function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthForwardBody(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSize': obj.maxSize,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersExternalAuthHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
        'allowedResponseHeaders': obj.allowedResponseHeaders?.map(y => y),
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol;
(function (HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol) {
    HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol["HTTP"] = "HTTP";
    HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol["GRPC"] = "GRPC";
})(HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol || (exports.HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol = HttpRouteV1Beta1SpecRulesFiltersExternalAuthProtocol = {}));
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme;
(function (HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme) {
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme["HTTP"] = "http";
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme || (exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = {}));
var HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode;
(function (HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode) {
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode || (exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = {}));
function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesMatchesHeadersType;
(function (HttpRouteV1Beta1SpecRulesMatchesHeadersType) {
    HttpRouteV1Beta1SpecRulesMatchesHeadersType["EXACT"] = "Exact";
    HttpRouteV1Beta1SpecRulesMatchesHeadersType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteV1Beta1SpecRulesMatchesHeadersType || (exports.HttpRouteV1Beta1SpecRulesMatchesHeadersType = HttpRouteV1Beta1SpecRulesMatchesHeadersType = {}));
var HttpRouteV1Beta1SpecRulesMatchesPathType;
(function (HttpRouteV1Beta1SpecRulesMatchesPathType) {
    HttpRouteV1Beta1SpecRulesMatchesPathType["EXACT"] = "Exact";
    HttpRouteV1Beta1SpecRulesMatchesPathType["PATH_PREFIX"] = "PathPrefix";
    HttpRouteV1Beta1SpecRulesMatchesPathType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteV1Beta1SpecRulesMatchesPathType || (exports.HttpRouteV1Beta1SpecRulesMatchesPathType = HttpRouteV1Beta1SpecRulesMatchesPathType = {}));
var HttpRouteV1Beta1SpecRulesMatchesQueryParamsType;
(function (HttpRouteV1Beta1SpecRulesMatchesQueryParamsType) {
    HttpRouteV1Beta1SpecRulesMatchesQueryParamsType["EXACT"] = "Exact";
    HttpRouteV1Beta1SpecRulesMatchesQueryParamsType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteV1Beta1SpecRulesMatchesQueryParamsType || (exports.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = {}));
var HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType;
(function (HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType) {
    HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType["PERMANENT"] = "Permanent";
    HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType["SESSION"] = "Session";
})(HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType || (exports.HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType = HttpRouteV1Beta1SpecRulesSessionPersistenceCookieConfigLifetimeType = {}));
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["GET"] = "GET";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["HEAD"] = "HEAD";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["POST"] = "POST";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["PUT"] = "PUT";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["DELETE"] = "DELETE";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["TRACE"] = "TRACE";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["PATCH"] = "PATCH";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = {}));
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthForwardBody(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSize': obj.maxSize,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedHeaders': obj.allowedHeaders?.map(y => y),
        'allowedResponseHeaders': obj.allowedResponseHeaders?.map(y => y),
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol["HTTP"] = "HTTP";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol["GRPC"] = "GRPC";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol = HttpRouteV1Beta1SpecRulesBackendRefsFiltersExternalAuthProtocol = {}));
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme["HTTP"] = "http";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = {}));
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = {}));
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType;
(function (HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType) {
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType || (exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = {}));
var HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType;
(function (HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType) {
    HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType || (exports.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = {}));
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = {}));
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType) {
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = {}));
class TcpRoute extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1alpha2',
        kind: 'TCPRoute',
    };
    static manifest(props) {
        return {
            ...TcpRoute.GVK,
            ...toJson_TcpRouteProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...TcpRoute.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...TcpRoute.GVK,
            ...toJson_TcpRouteProps(resolved),
        };
    }
}
exports.TcpRoute = TcpRoute;
function toJson_TcpRouteProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TcpRouteSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TcpRouteSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parentRefs': obj.parentRefs?.map(y => toJson_TcpRouteSpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_TcpRouteSpecRules(y)),
        'useDefaultGateways': obj.useDefaultGateways,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TcpRouteSpecParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TcpRouteSpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_TcpRouteSpecRulesBackendRefs(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TcpRouteSpecUseDefaultGateways;
(function (TcpRouteSpecUseDefaultGateways) {
    TcpRouteSpecUseDefaultGateways["ALL"] = "All";
    TcpRouteSpecUseDefaultGateways["NONE"] = "None";
})(TcpRouteSpecUseDefaultGateways || (exports.TcpRouteSpecUseDefaultGateways = TcpRouteSpecUseDefaultGateways = {}));
function toJson_TcpRouteSpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class UdpRoute extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1alpha2',
        kind: 'UDPRoute',
    };
    static manifest(props) {
        return {
            ...UdpRoute.GVK,
            ...toJson_UdpRouteProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...UdpRoute.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...UdpRoute.GVK,
            ...toJson_UdpRouteProps(resolved),
        };
    }
}
exports.UdpRoute = UdpRoute;
function toJson_UdpRouteProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_UdpRouteSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_UdpRouteSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parentRefs': obj.parentRefs?.map(y => toJson_UdpRouteSpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_UdpRouteSpecRules(y)),
        'useDefaultGateways': obj.useDefaultGateways,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_UdpRouteSpecParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_UdpRouteSpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_UdpRouteSpecRulesBackendRefs(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var UdpRouteSpecUseDefaultGateways;
(function (UdpRouteSpecUseDefaultGateways) {
    UdpRouteSpecUseDefaultGateways["ALL"] = "All";
    UdpRouteSpecUseDefaultGateways["NONE"] = "None";
})(UdpRouteSpecUseDefaultGateways || (exports.UdpRouteSpecUseDefaultGateways = UdpRouteSpecUseDefaultGateways = {}));
function toJson_UdpRouteSpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
