"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestAuthenticationV1Beta1 = exports.RequestAuthentication = exports.PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = exports.PeerAuthenticationV1Beta1SpecMtlsMode = exports.PeerAuthenticationV1Beta1 = exports.PeerAuthenticationSpecPortLevelMtlsMode = exports.PeerAuthenticationSpecMtlsMode = exports.PeerAuthentication = exports.AuthorizationPolicyV1Beta1SpecAction = exports.AuthorizationPolicyV1Beta1 = exports.AuthorizationPolicySpecAction = exports.AuthorizationPolicy = void 0;
exports.toJson_AuthorizationPolicyProps = toJson_AuthorizationPolicyProps;
exports.toJson_AuthorizationPolicySpec = toJson_AuthorizationPolicySpec;
exports.toJson_AuthorizationPolicySpecProvider = toJson_AuthorizationPolicySpecProvider;
exports.toJson_AuthorizationPolicySpecRules = toJson_AuthorizationPolicySpecRules;
exports.toJson_AuthorizationPolicySpecSelector = toJson_AuthorizationPolicySpecSelector;
exports.toJson_AuthorizationPolicySpecTargetRef = toJson_AuthorizationPolicySpecTargetRef;
exports.toJson_AuthorizationPolicySpecTargetRefs = toJson_AuthorizationPolicySpecTargetRefs;
exports.toJson_AuthorizationPolicySpecRulesFrom = toJson_AuthorizationPolicySpecRulesFrom;
exports.toJson_AuthorizationPolicySpecRulesTo = toJson_AuthorizationPolicySpecRulesTo;
exports.toJson_AuthorizationPolicySpecRulesWhen = toJson_AuthorizationPolicySpecRulesWhen;
exports.toJson_AuthorizationPolicySpecRulesFromSource = toJson_AuthorizationPolicySpecRulesFromSource;
exports.toJson_AuthorizationPolicySpecRulesToOperation = toJson_AuthorizationPolicySpecRulesToOperation;
exports.toJson_AuthorizationPolicyV1Beta1Props = toJson_AuthorizationPolicyV1Beta1Props;
exports.toJson_AuthorizationPolicyV1Beta1Spec = toJson_AuthorizationPolicyV1Beta1Spec;
exports.toJson_AuthorizationPolicyV1Beta1SpecProvider = toJson_AuthorizationPolicyV1Beta1SpecProvider;
exports.toJson_AuthorizationPolicyV1Beta1SpecRules = toJson_AuthorizationPolicyV1Beta1SpecRules;
exports.toJson_AuthorizationPolicyV1Beta1SpecSelector = toJson_AuthorizationPolicyV1Beta1SpecSelector;
exports.toJson_AuthorizationPolicyV1Beta1SpecTargetRef = toJson_AuthorizationPolicyV1Beta1SpecTargetRef;
exports.toJson_AuthorizationPolicyV1Beta1SpecTargetRefs = toJson_AuthorizationPolicyV1Beta1SpecTargetRefs;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesFrom = toJson_AuthorizationPolicyV1Beta1SpecRulesFrom;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesTo = toJson_AuthorizationPolicyV1Beta1SpecRulesTo;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesWhen = toJson_AuthorizationPolicyV1Beta1SpecRulesWhen;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource = toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation = toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation;
exports.toJson_PeerAuthenticationProps = toJson_PeerAuthenticationProps;
exports.toJson_PeerAuthenticationSpec = toJson_PeerAuthenticationSpec;
exports.toJson_PeerAuthenticationSpecMtls = toJson_PeerAuthenticationSpecMtls;
exports.toJson_PeerAuthenticationSpecPortLevelMtls = toJson_PeerAuthenticationSpecPortLevelMtls;
exports.toJson_PeerAuthenticationSpecSelector = toJson_PeerAuthenticationSpecSelector;
exports.toJson_PeerAuthenticationV1Beta1Props = toJson_PeerAuthenticationV1Beta1Props;
exports.toJson_PeerAuthenticationV1Beta1Spec = toJson_PeerAuthenticationV1Beta1Spec;
exports.toJson_PeerAuthenticationV1Beta1SpecMtls = toJson_PeerAuthenticationV1Beta1SpecMtls;
exports.toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls = toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls;
exports.toJson_PeerAuthenticationV1Beta1SpecSelector = toJson_PeerAuthenticationV1Beta1SpecSelector;
exports.toJson_RequestAuthenticationProps = toJson_RequestAuthenticationProps;
exports.toJson_RequestAuthenticationSpec = toJson_RequestAuthenticationSpec;
exports.toJson_RequestAuthenticationSpecJwtRules = toJson_RequestAuthenticationSpecJwtRules;
exports.toJson_RequestAuthenticationSpecSelector = toJson_RequestAuthenticationSpecSelector;
exports.toJson_RequestAuthenticationSpecTargetRef = toJson_RequestAuthenticationSpecTargetRef;
exports.toJson_RequestAuthenticationSpecTargetRefs = toJson_RequestAuthenticationSpecTargetRefs;
exports.toJson_RequestAuthenticationSpecJwtRulesFromHeaders = toJson_RequestAuthenticationSpecJwtRulesFromHeaders;
exports.toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders = toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders;
exports.toJson_RequestAuthenticationV1Beta1Props = toJson_RequestAuthenticationV1Beta1Props;
exports.toJson_RequestAuthenticationV1Beta1Spec = toJson_RequestAuthenticationV1Beta1Spec;
exports.toJson_RequestAuthenticationV1Beta1SpecJwtRules = toJson_RequestAuthenticationV1Beta1SpecJwtRules;
exports.toJson_RequestAuthenticationV1Beta1SpecSelector = toJson_RequestAuthenticationV1Beta1SpecSelector;
exports.toJson_RequestAuthenticationV1Beta1SpecTargetRef = toJson_RequestAuthenticationV1Beta1SpecTargetRef;
exports.toJson_RequestAuthenticationV1Beta1SpecTargetRefs = toJson_RequestAuthenticationV1Beta1SpecTargetRefs;
exports.toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders = toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders;
exports.toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders = toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders;
const cdk8s_1 = require("cdk8s");
class AuthorizationPolicy extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'security.istio.io/v1',
        kind: 'AuthorizationPolicy',
    };
    static manifest(props = {}) {
        return {
            ...AuthorizationPolicy.GVK,
            ...toJson_AuthorizationPolicyProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...AuthorizationPolicy.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...AuthorizationPolicy.GVK,
            ...toJson_AuthorizationPolicyProps(resolved),
        };
    }
}
exports.AuthorizationPolicy = AuthorizationPolicy;
function toJson_AuthorizationPolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AuthorizationPolicySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'provider': toJson_AuthorizationPolicySpecProvider(obj.provider),
        'rules': obj.rules?.map(y => toJson_AuthorizationPolicySpecRules(y)),
        'selector': toJson_AuthorizationPolicySpecSelector(obj.selector),
        'targetRef': toJson_AuthorizationPolicySpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_AuthorizationPolicySpecTargetRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var AuthorizationPolicySpecAction;
(function (AuthorizationPolicySpecAction) {
    AuthorizationPolicySpecAction["ALLOW"] = "ALLOW";
    AuthorizationPolicySpecAction["DENY"] = "DENY";
    AuthorizationPolicySpecAction["AUDIT"] = "AUDIT";
    AuthorizationPolicySpecAction["CUSTOM"] = "CUSTOM";
})(AuthorizationPolicySpecAction || (exports.AuthorizationPolicySpecAction = AuthorizationPolicySpecAction = {}));
function toJson_AuthorizationPolicySpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_AuthorizationPolicySpecRulesFrom(y)),
        'to': obj.to?.map(y => toJson_AuthorizationPolicySpecRulesTo(y)),
        'when': obj.when?.map(y => toJson_AuthorizationPolicySpecRulesWhen(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecRulesFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': toJson_AuthorizationPolicySpecRulesFromSource(obj.source),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecRulesTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'operation': toJson_AuthorizationPolicySpecRulesToOperation(obj.operation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecRulesWhen(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'notValues': obj.notValues?.map(y => y),
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecRulesFromSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipBlocks': obj.ipBlocks?.map(y => y),
        'namespaces': obj.namespaces?.map(y => y),
        'notIpBlocks': obj.notIpBlocks?.map(y => y),
        'notNamespaces': obj.notNamespaces?.map(y => y),
        'notPrincipals': obj.notPrincipals?.map(y => y),
        'notRemoteIpBlocks': obj.notRemoteIpBlocks?.map(y => y),
        'notRequestPrincipals': obj.notRequestPrincipals?.map(y => y),
        'notServiceAccounts': obj.notServiceAccounts?.map(y => y),
        'notTrustDomains': obj.notTrustDomains?.map(y => y),
        'principals': obj.principals?.map(y => y),
        'remoteIpBlocks': obj.remoteIpBlocks?.map(y => y),
        'requestPrincipals': obj.requestPrincipals?.map(y => y),
        'serviceAccounts': obj.serviceAccounts?.map(y => y),
        'trustDomains': obj.trustDomains?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicySpecRulesToOperation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hosts': obj.hosts?.map(y => y),
        'methods': obj.methods?.map(y => y),
        'notHosts': obj.notHosts?.map(y => y),
        'notMethods': obj.notMethods?.map(y => y),
        'notPaths': obj.notPaths?.map(y => y),
        'notPorts': obj.notPorts?.map(y => y),
        'paths': obj.paths?.map(y => y),
        'ports': obj.ports?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class AuthorizationPolicyV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'AuthorizationPolicy',
    };
    static manifest(props = {}) {
        return {
            ...AuthorizationPolicyV1Beta1.GVK,
            ...toJson_AuthorizationPolicyV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...AuthorizationPolicyV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...AuthorizationPolicyV1Beta1.GVK,
            ...toJson_AuthorizationPolicyV1Beta1Props(resolved),
        };
    }
}
exports.AuthorizationPolicyV1Beta1 = AuthorizationPolicyV1Beta1;
function toJson_AuthorizationPolicyV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AuthorizationPolicyV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'provider': toJson_AuthorizationPolicyV1Beta1SpecProvider(obj.provider),
        'rules': obj.rules?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRules(y)),
        'selector': toJson_AuthorizationPolicyV1Beta1SpecSelector(obj.selector),
        'targetRef': toJson_AuthorizationPolicyV1Beta1SpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_AuthorizationPolicyV1Beta1SpecTargetRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var AuthorizationPolicyV1Beta1SpecAction;
(function (AuthorizationPolicyV1Beta1SpecAction) {
    AuthorizationPolicyV1Beta1SpecAction["ALLOW"] = "ALLOW";
    AuthorizationPolicyV1Beta1SpecAction["DENY"] = "DENY";
    AuthorizationPolicyV1Beta1SpecAction["AUDIT"] = "AUDIT";
    AuthorizationPolicyV1Beta1SpecAction["CUSTOM"] = "CUSTOM";
})(AuthorizationPolicyV1Beta1SpecAction || (exports.AuthorizationPolicyV1Beta1SpecAction = AuthorizationPolicyV1Beta1SpecAction = {}));
function toJson_AuthorizationPolicyV1Beta1SpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRulesFrom(y)),
        'to': obj.to?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRulesTo(y)),
        'when': obj.when?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRulesWhen(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecRulesFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource(obj.source),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecRulesTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'operation': toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation(obj.operation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecRulesWhen(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'notValues': obj.notValues?.map(y => y),
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipBlocks': obj.ipBlocks?.map(y => y),
        'namespaces': obj.namespaces?.map(y => y),
        'notIpBlocks': obj.notIpBlocks?.map(y => y),
        'notNamespaces': obj.notNamespaces?.map(y => y),
        'notPrincipals': obj.notPrincipals?.map(y => y),
        'notRemoteIpBlocks': obj.notRemoteIpBlocks?.map(y => y),
        'notRequestPrincipals': obj.notRequestPrincipals?.map(y => y),
        'notServiceAccounts': obj.notServiceAccounts?.map(y => y),
        'notTrustDomains': obj.notTrustDomains?.map(y => y),
        'principals': obj.principals?.map(y => y),
        'remoteIpBlocks': obj.remoteIpBlocks?.map(y => y),
        'requestPrincipals': obj.requestPrincipals?.map(y => y),
        'serviceAccounts': obj.serviceAccounts?.map(y => y),
        'trustDomains': obj.trustDomains?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hosts': obj.hosts?.map(y => y),
        'methods': obj.methods?.map(y => y),
        'notHosts': obj.notHosts?.map(y => y),
        'notMethods': obj.notMethods?.map(y => y),
        'notPaths': obj.notPaths?.map(y => y),
        'notPorts': obj.notPorts?.map(y => y),
        'paths': obj.paths?.map(y => y),
        'ports': obj.ports?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class PeerAuthentication extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'security.istio.io/v1',
        kind: 'PeerAuthentication',
    };
    static manifest(props = {}) {
        return {
            ...PeerAuthentication.GVK,
            ...toJson_PeerAuthenticationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...PeerAuthentication.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...PeerAuthentication.GVK,
            ...toJson_PeerAuthenticationProps(resolved),
        };
    }
}
exports.PeerAuthentication = PeerAuthentication;
function toJson_PeerAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PeerAuthenticationSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mtls': toJson_PeerAuthenticationSpecMtls(obj.mtls),
        'portLevelMtls': ((obj.portLevelMtls) === undefined) ? undefined : (Object.entries(obj.portLevelMtls).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PeerAuthenticationSpecPortLevelMtls(i[1]) }), {})),
        'selector': toJson_PeerAuthenticationSpecSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationSpecMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationSpecPortLevelMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var PeerAuthenticationSpecMtlsMode;
(function (PeerAuthenticationSpecMtlsMode) {
    PeerAuthenticationSpecMtlsMode["UNSET"] = "UNSET";
    PeerAuthenticationSpecMtlsMode["DISABLE"] = "DISABLE";
    PeerAuthenticationSpecMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    PeerAuthenticationSpecMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationSpecMtlsMode || (exports.PeerAuthenticationSpecMtlsMode = PeerAuthenticationSpecMtlsMode = {}));
var PeerAuthenticationSpecPortLevelMtlsMode;
(function (PeerAuthenticationSpecPortLevelMtlsMode) {
    PeerAuthenticationSpecPortLevelMtlsMode["UNSET"] = "UNSET";
    PeerAuthenticationSpecPortLevelMtlsMode["DISABLE"] = "DISABLE";
    PeerAuthenticationSpecPortLevelMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    PeerAuthenticationSpecPortLevelMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationSpecPortLevelMtlsMode || (exports.PeerAuthenticationSpecPortLevelMtlsMode = PeerAuthenticationSpecPortLevelMtlsMode = {}));
class PeerAuthenticationV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'PeerAuthentication',
    };
    static manifest(props = {}) {
        return {
            ...PeerAuthenticationV1Beta1.GVK,
            ...toJson_PeerAuthenticationV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...PeerAuthenticationV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...PeerAuthenticationV1Beta1.GVK,
            ...toJson_PeerAuthenticationV1Beta1Props(resolved),
        };
    }
}
exports.PeerAuthenticationV1Beta1 = PeerAuthenticationV1Beta1;
function toJson_PeerAuthenticationV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PeerAuthenticationV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mtls': toJson_PeerAuthenticationV1Beta1SpecMtls(obj.mtls),
        'portLevelMtls': ((obj.portLevelMtls) === undefined) ? undefined : (Object.entries(obj.portLevelMtls).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls(i[1]) }), {})),
        'selector': toJson_PeerAuthenticationV1Beta1SpecSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationV1Beta1SpecMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_PeerAuthenticationV1Beta1SpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var PeerAuthenticationV1Beta1SpecMtlsMode;
(function (PeerAuthenticationV1Beta1SpecMtlsMode) {
    PeerAuthenticationV1Beta1SpecMtlsMode["UNSET"] = "UNSET";
    PeerAuthenticationV1Beta1SpecMtlsMode["DISABLE"] = "DISABLE";
    PeerAuthenticationV1Beta1SpecMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    PeerAuthenticationV1Beta1SpecMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationV1Beta1SpecMtlsMode || (exports.PeerAuthenticationV1Beta1SpecMtlsMode = PeerAuthenticationV1Beta1SpecMtlsMode = {}));
var PeerAuthenticationV1Beta1SpecPortLevelMtlsMode;
(function (PeerAuthenticationV1Beta1SpecPortLevelMtlsMode) {
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["UNSET"] = "UNSET";
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["DISABLE"] = "DISABLE";
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationV1Beta1SpecPortLevelMtlsMode || (exports.PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = {}));
class RequestAuthentication extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'security.istio.io/v1',
        kind: 'RequestAuthentication',
    };
    static manifest(props = {}) {
        return {
            ...RequestAuthentication.GVK,
            ...toJson_RequestAuthenticationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...RequestAuthentication.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...RequestAuthentication.GVK,
            ...toJson_RequestAuthenticationProps(resolved),
        };
    }
}
exports.RequestAuthentication = RequestAuthentication;
function toJson_RequestAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RequestAuthenticationSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwtRules': obj.jwtRules?.map(y => toJson_RequestAuthenticationSpecJwtRules(y)),
        'selector': toJson_RequestAuthenticationSpecSelector(obj.selector),
        'targetRef': toJson_RequestAuthenticationSpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_RequestAuthenticationSpecTargetRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpecJwtRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'forwardOriginalToken': obj.forwardOriginalToken,
        'fromCookies': obj.fromCookies?.map(y => y),
        'fromHeaders': obj.fromHeaders?.map(y => toJson_RequestAuthenticationSpecJwtRulesFromHeaders(y)),
        'fromParams': obj.fromParams?.map(y => y),
        'issuer': obj.issuer,
        'jwks': obj.jwks,
        'jwks_uri': obj.jwksUri,
        'outputClaimToHeaders': obj.outputClaimToHeaders?.map(y => toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders(y)),
        'outputPayloadToHeader': obj.outputPayloadToHeader,
        'spaceDelimitedClaims': obj.spaceDelimitedClaims?.map(y => y),
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpecJwtRulesFromHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'prefix': obj.prefix,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claim': obj.claim,
        'header': obj.header,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class RequestAuthenticationV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'RequestAuthentication',
    };
    static manifest(props = {}) {
        return {
            ...RequestAuthenticationV1Beta1.GVK,
            ...toJson_RequestAuthenticationV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...RequestAuthenticationV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...RequestAuthenticationV1Beta1.GVK,
            ...toJson_RequestAuthenticationV1Beta1Props(resolved),
        };
    }
}
exports.RequestAuthenticationV1Beta1 = RequestAuthenticationV1Beta1;
function toJson_RequestAuthenticationV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RequestAuthenticationV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwtRules': obj.jwtRules?.map(y => toJson_RequestAuthenticationV1Beta1SpecJwtRules(y)),
        'selector': toJson_RequestAuthenticationV1Beta1SpecSelector(obj.selector),
        'targetRef': toJson_RequestAuthenticationV1Beta1SpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_RequestAuthenticationV1Beta1SpecTargetRefs(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1SpecJwtRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'forwardOriginalToken': obj.forwardOriginalToken,
        'fromCookies': obj.fromCookies?.map(y => y),
        'fromHeaders': obj.fromHeaders?.map(y => toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders(y)),
        'fromParams': obj.fromParams?.map(y => y),
        'issuer': obj.issuer,
        'jwks': obj.jwks,
        'jwks_uri': obj.jwksUri,
        'outputClaimToHeaders': obj.outputClaimToHeaders?.map(y => toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders(y)),
        'outputPayloadToHeader': obj.outputPayloadToHeader,
        'spaceDelimitedClaims': obj.spaceDelimitedClaims?.map(y => y),
        'timeout': obj.timeout,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1SpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1SpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1SpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'prefix': obj.prefix,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claim': obj.claim,
        'header': obj.header,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
