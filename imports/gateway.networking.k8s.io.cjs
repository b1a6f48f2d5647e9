"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = exports.HttpRouteV1Beta1SpecRulesMatchesPathType = exports.HttpRouteV1Beta1SpecRulesMatchesHeadersType = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = exports.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = exports.HttpRouteV1Beta1SpecRulesMatchesMethod = exports.HttpRouteV1Beta1SpecRulesFiltersType = exports.HttpRouteV1Beta1 = exports.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = exports.HttpRouteSpecRulesFiltersUrlRewritePathType = exports.HttpRouteSpecRulesFiltersRequestRedirectPathType = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = exports.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = exports.HttpRouteSpecRulesMatchesQueryParamsType = exports.HttpRouteSpecRulesMatchesPathType = exports.HttpRouteSpecRulesMatchesHeadersType = exports.HttpRouteSpecRulesFiltersRequestRedirectStatusCode = exports.HttpRouteSpecRulesFiltersRequestRedirectScheme = exports.HttpRouteSpecRulesFiltersCorsAllowMethods = exports.HttpRouteSpecRulesBackendRefsFiltersType = exports.HttpRouteSpecRulesMatchesMethod = exports.HttpRouteSpecRulesFiltersType = exports.HttpRoute = exports.GrpcRouteSpecRulesMatchesMethodType = exports.GrpcRouteSpecRulesMatchesHeadersType = exports.GrpcRouteSpecRulesBackendRefsFiltersType = exports.GrpcRouteSpecRulesFiltersType = exports.GrpcRoute = exports.GatewayClassV1Beta1 = exports.GatewayClass = exports.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode = exports.GatewayV1Beta1SpecTlsFrontendDefaultValidationMode = exports.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = exports.GatewayV1Beta1SpecListenersTlsMode = exports.GatewayV1Beta1SpecAllowedListenersNamespacesFrom = exports.GatewayV1Beta1 = exports.GatewaySpecTlsFrontendPerPortTlsValidationMode = exports.GatewaySpecTlsFrontendDefaultValidationMode = exports.GatewaySpecListenersAllowedRoutesNamespacesFrom = exports.GatewaySpecListenersTlsMode = exports.GatewaySpecAllowedListenersNamespacesFrom = exports.Gateway = exports.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType = exports.BackendTlsPolicyV1Alpha3 = exports.BackendTlsPolicySpecValidationSubjectAltNamesType = exports.BackendTlsPolicy = void 0;
exports.TlsRouteV1Alpha3 = exports.TlsRouteV1Alpha2 = exports.TlsRoute = exports.ReferenceGrantV1Beta1 = exports.ReferenceGrant = exports.ListenerSetSpecListenersAllowedRoutesNamespacesFrom = exports.ListenerSetSpecListenersTlsMode = exports.ListenerSet = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = exports.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = void 0;
exports.toJson_BackendTlsPolicyProps = toJson_BackendTlsPolicyProps;
exports.toJson_BackendTlsPolicySpec = toJson_BackendTlsPolicySpec;
exports.toJson_BackendTlsPolicySpecTargetRefs = toJson_BackendTlsPolicySpecTargetRefs;
exports.toJson_BackendTlsPolicySpecValidation = toJson_BackendTlsPolicySpecValidation;
exports.toJson_BackendTlsPolicySpecValidationCaCertificateRefs = toJson_BackendTlsPolicySpecValidationCaCertificateRefs;
exports.toJson_BackendTlsPolicySpecValidationSubjectAltNames = toJson_BackendTlsPolicySpecValidationSubjectAltNames;
exports.toJson_BackendTlsPolicyV1Alpha3Props = toJson_BackendTlsPolicyV1Alpha3Props;
exports.toJson_BackendTlsPolicyV1Alpha3Spec = toJson_BackendTlsPolicyV1Alpha3Spec;
exports.toJson_BackendTlsPolicyV1Alpha3SpecTargetRefs = toJson_BackendTlsPolicyV1Alpha3SpecTargetRefs;
exports.toJson_BackendTlsPolicyV1Alpha3SpecValidation = toJson_BackendTlsPolicyV1Alpha3SpecValidation;
exports.toJson_BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs = toJson_BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs;
exports.toJson_BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames = toJson_BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames;
exports.toJson_GatewayProps = toJson_GatewayProps;
exports.toJson_GatewaySpec = toJson_GatewaySpec;
exports.toJson_GatewaySpecAddresses = toJson_GatewaySpecAddresses;
exports.toJson_GatewaySpecAllowedListeners = toJson_GatewaySpecAllowedListeners;
exports.toJson_GatewaySpecInfrastructure = toJson_GatewaySpecInfrastructure;
exports.toJson_GatewaySpecListeners = toJson_GatewaySpecListeners;
exports.toJson_GatewaySpecTls = toJson_GatewaySpecTls;
exports.toJson_GatewaySpecAllowedListenersNamespaces = toJson_GatewaySpecAllowedListenersNamespaces;
exports.toJson_GatewaySpecInfrastructureParametersRef = toJson_GatewaySpecInfrastructureParametersRef;
exports.toJson_GatewaySpecListenersAllowedRoutes = toJson_GatewaySpecListenersAllowedRoutes;
exports.toJson_GatewaySpecListenersTls = toJson_GatewaySpecListenersTls;
exports.toJson_GatewaySpecTlsBackend = toJson_GatewaySpecTlsBackend;
exports.toJson_GatewaySpecTlsFrontend = toJson_GatewaySpecTlsFrontend;
exports.toJson_GatewaySpecAllowedListenersNamespacesSelector = toJson_GatewaySpecAllowedListenersNamespacesSelector;
exports.toJson_GatewaySpecListenersAllowedRoutesKinds = toJson_GatewaySpecListenersAllowedRoutesKinds;
exports.toJson_GatewaySpecListenersAllowedRoutesNamespaces = toJson_GatewaySpecListenersAllowedRoutesNamespaces;
exports.toJson_GatewaySpecListenersTlsCertificateRefs = toJson_GatewaySpecListenersTlsCertificateRefs;
exports.toJson_GatewaySpecTlsBackendClientCertificateRef = toJson_GatewaySpecTlsBackendClientCertificateRef;
exports.toJson_GatewaySpecTlsFrontendDefault = toJson_GatewaySpecTlsFrontendDefault;
exports.toJson_GatewaySpecTlsFrontendPerPort = toJson_GatewaySpecTlsFrontendPerPort;
exports.toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions = toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions;
exports.toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector = toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector;
exports.toJson_GatewaySpecTlsFrontendDefaultValidation = toJson_GatewaySpecTlsFrontendDefaultValidation;
exports.toJson_GatewaySpecTlsFrontendPerPortTls = toJson_GatewaySpecTlsFrontendPerPortTls;
exports.toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions = toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions;
exports.toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs = toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs;
exports.toJson_GatewaySpecTlsFrontendPerPortTlsValidation = toJson_GatewaySpecTlsFrontendPerPortTlsValidation;
exports.toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs = toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs;
exports.toJson_GatewayV1Beta1Props = toJson_GatewayV1Beta1Props;
exports.toJson_GatewayV1Beta1Spec = toJson_GatewayV1Beta1Spec;
exports.toJson_GatewayV1Beta1SpecAddresses = toJson_GatewayV1Beta1SpecAddresses;
exports.toJson_GatewayV1Beta1SpecAllowedListeners = toJson_GatewayV1Beta1SpecAllowedListeners;
exports.toJson_GatewayV1Beta1SpecInfrastructure = toJson_GatewayV1Beta1SpecInfrastructure;
exports.toJson_GatewayV1Beta1SpecListeners = toJson_GatewayV1Beta1SpecListeners;
exports.toJson_GatewayV1Beta1SpecTls = toJson_GatewayV1Beta1SpecTls;
exports.toJson_GatewayV1Beta1SpecAllowedListenersNamespaces = toJson_GatewayV1Beta1SpecAllowedListenersNamespaces;
exports.toJson_GatewayV1Beta1SpecInfrastructureParametersRef = toJson_GatewayV1Beta1SpecInfrastructureParametersRef;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutes = toJson_GatewayV1Beta1SpecListenersAllowedRoutes;
exports.toJson_GatewayV1Beta1SpecListenersTls = toJson_GatewayV1Beta1SpecListenersTls;
exports.toJson_GatewayV1Beta1SpecTlsBackend = toJson_GatewayV1Beta1SpecTlsBackend;
exports.toJson_GatewayV1Beta1SpecTlsFrontend = toJson_GatewayV1Beta1SpecTlsFrontend;
exports.toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector = toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds = toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces = toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces;
exports.toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs = toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs;
exports.toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef = toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef;
exports.toJson_GatewayV1Beta1SpecTlsFrontendDefault = toJson_GatewayV1Beta1SpecTlsFrontendDefault;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPort = toJson_GatewayV1Beta1SpecTlsFrontendPerPort;
exports.toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions = toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector = toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector;
exports.toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation = toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls = toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions = toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions;
exports.toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs = toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation = toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs = toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs;
exports.toJson_GatewayClassProps = toJson_GatewayClassProps;
exports.toJson_GatewayClassSpec = toJson_GatewayClassSpec;
exports.toJson_GatewayClassSpecParametersRef = toJson_GatewayClassSpecParametersRef;
exports.toJson_GatewayClassV1Beta1Props = toJson_GatewayClassV1Beta1Props;
exports.toJson_GatewayClassV1Beta1Spec = toJson_GatewayClassV1Beta1Spec;
exports.toJson_GatewayClassV1Beta1SpecParametersRef = toJson_GatewayClassV1Beta1SpecParametersRef;
exports.toJson_GrpcRouteProps = toJson_GrpcRouteProps;
exports.toJson_GrpcRouteSpec = toJson_GrpcRouteSpec;
exports.toJson_GrpcRouteSpecParentRefs = toJson_GrpcRouteSpecParentRefs;
exports.toJson_GrpcRouteSpecRules = toJson_GrpcRouteSpecRules;
exports.toJson_GrpcRouteSpecRulesBackendRefs = toJson_GrpcRouteSpecRulesBackendRefs;
exports.toJson_GrpcRouteSpecRulesFilters = toJson_GrpcRouteSpecRulesFilters;
exports.toJson_GrpcRouteSpecRulesMatches = toJson_GrpcRouteSpecRulesMatches;
exports.toJson_GrpcRouteSpecRulesBackendRefsFilters = toJson_GrpcRouteSpecRulesBackendRefsFilters;
exports.toJson_GrpcRouteSpecRulesFiltersExtensionRef = toJson_GrpcRouteSpecRulesFiltersExtensionRef;
exports.toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifier = toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifier;
exports.toJson_GrpcRouteSpecRulesFiltersRequestMirror = toJson_GrpcRouteSpecRulesFiltersRequestMirror;
exports.toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifier = toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifier;
exports.toJson_GrpcRouteSpecRulesMatchesHeaders = toJson_GrpcRouteSpecRulesMatchesHeaders;
exports.toJson_GrpcRouteSpecRulesMatchesMethod = toJson_GrpcRouteSpecRulesMatchesMethod;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersExtensionRef = toJson_GrpcRouteSpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirror = toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierAdd = toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierSet = toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_GrpcRouteSpecRulesFiltersRequestMirrorBackendRef = toJson_GrpcRouteSpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_GrpcRouteSpecRulesFiltersRequestMirrorFraction = toJson_GrpcRouteSpecRulesFiltersRequestMirrorFraction;
exports.toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierAdd = toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierSet = toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd = toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet = toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef = toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorFraction = toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorFraction;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd = toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd;
exports.toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet = toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteProps = toJson_HttpRouteProps;
exports.toJson_HttpRouteSpec = toJson_HttpRouteSpec;
exports.toJson_HttpRouteSpecParentRefs = toJson_HttpRouteSpecParentRefs;
exports.toJson_HttpRouteSpecRules = toJson_HttpRouteSpecRules;
exports.toJson_HttpRouteSpecRulesBackendRefs = toJson_HttpRouteSpecRulesBackendRefs;
exports.toJson_HttpRouteSpecRulesFilters = toJson_HttpRouteSpecRulesFilters;
exports.toJson_HttpRouteSpecRulesMatches = toJson_HttpRouteSpecRulesMatches;
exports.toJson_HttpRouteSpecRulesTimeouts = toJson_HttpRouteSpecRulesTimeouts;
exports.toJson_HttpRouteSpecRulesBackendRefsFilters = toJson_HttpRouteSpecRulesBackendRefsFilters;
exports.toJson_HttpRouteSpecRulesFiltersCors = toJson_HttpRouteSpecRulesFiltersCors;
exports.toJson_HttpRouteSpecRulesFiltersExtensionRef = toJson_HttpRouteSpecRulesFiltersExtensionRef;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirror = toJson_HttpRouteSpecRulesFiltersRequestMirror;
exports.toJson_HttpRouteSpecRulesFiltersRequestRedirect = toJson_HttpRouteSpecRulesFiltersRequestRedirect;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier;
exports.toJson_HttpRouteSpecRulesFiltersUrlRewrite = toJson_HttpRouteSpecRulesFiltersUrlRewrite;
exports.toJson_HttpRouteSpecRulesMatchesHeaders = toJson_HttpRouteSpecRulesMatchesHeaders;
exports.toJson_HttpRouteSpecRulesMatchesPath = toJson_HttpRouteSpecRulesMatchesPath;
exports.toJson_HttpRouteSpecRulesMatchesQueryParams = toJson_HttpRouteSpecRulesMatchesQueryParams;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersCors = toJson_HttpRouteSpecRulesBackendRefsFiltersCors;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef = toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite = toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef = toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction = toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction;
exports.toJson_HttpRouteSpecRulesFiltersRequestRedirectPath = toJson_HttpRouteSpecRulesFiltersRequestRedirectPath;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesFiltersUrlRewritePath = toJson_HttpRouteSpecRulesFiltersUrlRewritePath;
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
exports.toJson_HttpRouteV1Beta1SpecRulesTimeouts = toJson_HttpRouteV1Beta1SpecRulesTimeouts;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersCors = toJson_HttpRouteV1Beta1SpecRulesFiltersCors;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef = toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite = toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders = toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesPath = toJson_HttpRouteV1Beta1SpecRulesMatchesPath;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams = toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath = toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath;
exports.toJson_ListenerSetProps = toJson_ListenerSetProps;
exports.toJson_ListenerSetSpec = toJson_ListenerSetSpec;
exports.toJson_ListenerSetSpecListeners = toJson_ListenerSetSpecListeners;
exports.toJson_ListenerSetSpecParentRef = toJson_ListenerSetSpecParentRef;
exports.toJson_ListenerSetSpecListenersAllowedRoutes = toJson_ListenerSetSpecListenersAllowedRoutes;
exports.toJson_ListenerSetSpecListenersTls = toJson_ListenerSetSpecListenersTls;
exports.toJson_ListenerSetSpecListenersAllowedRoutesKinds = toJson_ListenerSetSpecListenersAllowedRoutesKinds;
exports.toJson_ListenerSetSpecListenersAllowedRoutesNamespaces = toJson_ListenerSetSpecListenersAllowedRoutesNamespaces;
exports.toJson_ListenerSetSpecListenersTlsCertificateRefs = toJson_ListenerSetSpecListenersTlsCertificateRefs;
exports.toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelector = toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelector;
exports.toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelectorMatchExpressions = toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelectorMatchExpressions;
exports.toJson_ReferenceGrantProps = toJson_ReferenceGrantProps;
exports.toJson_ReferenceGrantSpec = toJson_ReferenceGrantSpec;
exports.toJson_ReferenceGrantSpecFrom = toJson_ReferenceGrantSpecFrom;
exports.toJson_ReferenceGrantSpecTo = toJson_ReferenceGrantSpecTo;
exports.toJson_ReferenceGrantV1Beta1Props = toJson_ReferenceGrantV1Beta1Props;
exports.toJson_ReferenceGrantV1Beta1Spec = toJson_ReferenceGrantV1Beta1Spec;
exports.toJson_ReferenceGrantV1Beta1SpecFrom = toJson_ReferenceGrantV1Beta1SpecFrom;
exports.toJson_ReferenceGrantV1Beta1SpecTo = toJson_ReferenceGrantV1Beta1SpecTo;
exports.toJson_TlsRouteProps = toJson_TlsRouteProps;
exports.toJson_TlsRouteSpec = toJson_TlsRouteSpec;
exports.toJson_TlsRouteSpecParentRefs = toJson_TlsRouteSpecParentRefs;
exports.toJson_TlsRouteSpecRules = toJson_TlsRouteSpecRules;
exports.toJson_TlsRouteSpecRulesBackendRefs = toJson_TlsRouteSpecRulesBackendRefs;
exports.toJson_TlsRouteV1Alpha2Props = toJson_TlsRouteV1Alpha2Props;
exports.toJson_TlsRouteV1Alpha2Spec = toJson_TlsRouteV1Alpha2Spec;
exports.toJson_TlsRouteV1Alpha2SpecParentRefs = toJson_TlsRouteV1Alpha2SpecParentRefs;
exports.toJson_TlsRouteV1Alpha2SpecRules = toJson_TlsRouteV1Alpha2SpecRules;
exports.toJson_TlsRouteV1Alpha2SpecRulesBackendRefs = toJson_TlsRouteV1Alpha2SpecRulesBackendRefs;
exports.toJson_TlsRouteV1Alpha3Props = toJson_TlsRouteV1Alpha3Props;
exports.toJson_TlsRouteV1Alpha3Spec = toJson_TlsRouteV1Alpha3Spec;
exports.toJson_TlsRouteV1Alpha3SpecParentRefs = toJson_TlsRouteV1Alpha3SpecParentRefs;
exports.toJson_TlsRouteV1Alpha3SpecRules = toJson_TlsRouteV1Alpha3SpecRules;
exports.toJson_TlsRouteV1Alpha3SpecRulesBackendRefs = toJson_TlsRouteV1Alpha3SpecRulesBackendRefs;
const cdk8s_1 = require("cdk8s");
class BackendTlsPolicy extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'BackendTLSPolicy',
    };
    static manifest(props) {
        return {
            ...BackendTlsPolicy.GVK,
            ...toJson_BackendTlsPolicyProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...BackendTlsPolicy.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...BackendTlsPolicy.GVK,
            ...toJson_BackendTlsPolicyProps(resolved),
        };
    }
}
exports.BackendTlsPolicy = BackendTlsPolicy;
function toJson_BackendTlsPolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_BackendTlsPolicySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'targetRefs': obj.targetRefs?.map(y => toJson_BackendTlsPolicySpecTargetRefs(y)),
        'validation': toJson_BackendTlsPolicySpecValidation(obj.validation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicySpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicySpecValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_BackendTlsPolicySpecValidationCaCertificateRefs(y)),
        'hostname': obj.hostname,
        'subjectAltNames': obj.subjectAltNames?.map(y => toJson_BackendTlsPolicySpecValidationSubjectAltNames(y)),
        'wellKnownCACertificates': obj.wellKnownCaCertificates,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicySpecValidationCaCertificateRefs(obj) {
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
function toJson_BackendTlsPolicySpecValidationSubjectAltNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'type': obj.type,
        'uri': obj.uri,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var BackendTlsPolicySpecValidationSubjectAltNamesType;
(function (BackendTlsPolicySpecValidationSubjectAltNamesType) {
    BackendTlsPolicySpecValidationSubjectAltNamesType["HOSTNAME"] = "Hostname";
    BackendTlsPolicySpecValidationSubjectAltNamesType["URI"] = "URI";
})(BackendTlsPolicySpecValidationSubjectAltNamesType || (exports.BackendTlsPolicySpecValidationSubjectAltNamesType = BackendTlsPolicySpecValidationSubjectAltNamesType = {}));
class BackendTlsPolicyV1Alpha3 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1alpha3',
        kind: 'BackendTLSPolicy',
    };
    static manifest(props) {
        return {
            ...BackendTlsPolicyV1Alpha3.GVK,
            ...toJson_BackendTlsPolicyV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...BackendTlsPolicyV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...BackendTlsPolicyV1Alpha3.GVK,
            ...toJson_BackendTlsPolicyV1Alpha3Props(resolved),
        };
    }
}
exports.BackendTlsPolicyV1Alpha3 = BackendTlsPolicyV1Alpha3;
function toJson_BackendTlsPolicyV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_BackendTlsPolicyV1Alpha3Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicyV1Alpha3Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'targetRefs': obj.targetRefs?.map(y => toJson_BackendTlsPolicyV1Alpha3SpecTargetRefs(y)),
        'validation': toJson_BackendTlsPolicyV1Alpha3SpecValidation(obj.validation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicyV1Alpha3SpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicyV1Alpha3SpecValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs(y)),
        'hostname': obj.hostname,
        'subjectAltNames': obj.subjectAltNames?.map(y => toJson_BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames(y)),
        'wellKnownCACertificates': obj.wellKnownCaCertificates,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs(obj) {
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
function toJson_BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'type': obj.type,
        'uri': obj.uri,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType;
(function (BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType) {
    BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType["HOSTNAME"] = "Hostname";
    BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType["URI"] = "URI";
})(BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType || (exports.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType = BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType = {}));
class Gateway extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
    };
    static manifest(props) {
        return {
            ...Gateway.GVK,
            ...toJson_GatewayProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...Gateway.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Gateway.GVK,
            ...toJson_GatewayProps(resolved),
        };
    }
}
exports.Gateway = Gateway;
function toJson_GatewayProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewaySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => toJson_GatewaySpecAddresses(y)),
        'allowedListeners': toJson_GatewaySpecAllowedListeners(obj.allowedListeners),
        'gatewayClassName': obj.gatewayClassName,
        'infrastructure': toJson_GatewaySpecInfrastructure(obj.infrastructure),
        'listeners': obj.listeners?.map(y => toJson_GatewaySpecListeners(y)),
        'tls': toJson_GatewaySpecTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecAddresses(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecAllowedListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaces': toJson_GatewaySpecAllowedListenersNamespaces(obj.namespaces),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecInfrastructure(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'parametersRef': toJson_GatewaySpecInfrastructureParametersRef(obj.parametersRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedRoutes': toJson_GatewaySpecListenersAllowedRoutes(obj.allowedRoutes),
        'hostname': obj.hostname,
        'name': obj.name,
        'port': obj.port,
        'protocol': obj.protocol,
        'tls': toJson_GatewaySpecListenersTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backend': toJson_GatewaySpecTlsBackend(obj.backend),
        'frontend': toJson_GatewaySpecTlsFrontend(obj.frontend),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecAllowedListenersNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewaySpecAllowedListenersNamespacesSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecInfrastructureParametersRef(obj) {
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
function toJson_GatewaySpecListenersAllowedRoutes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kinds': obj.kinds?.map(y => toJson_GatewaySpecListenersAllowedRoutesKinds(y)),
        'namespaces': toJson_GatewaySpecListenersAllowedRoutesNamespaces(obj.namespaces),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecListenersTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateRefs': obj.certificateRefs?.map(y => toJson_GatewaySpecListenersTlsCertificateRefs(y)),
        'mode': obj.mode,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsBackend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificateRef': toJson_GatewaySpecTlsBackendClientCertificateRef(obj.clientCertificateRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default': toJson_GatewaySpecTlsFrontendDefault(obj.default),
        'perPort': obj.perPort?.map(y => toJson_GatewaySpecTlsFrontendPerPort(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GatewaySpecAllowedListenersNamespacesFrom;
(function (GatewaySpecAllowedListenersNamespacesFrom) {
    GatewaySpecAllowedListenersNamespacesFrom["ALL"] = "All";
    GatewaySpecAllowedListenersNamespacesFrom["SELECTOR"] = "Selector";
    GatewaySpecAllowedListenersNamespacesFrom["SAME"] = "Same";
    GatewaySpecAllowedListenersNamespacesFrom["NONE"] = "None";
})(GatewaySpecAllowedListenersNamespacesFrom || (exports.GatewaySpecAllowedListenersNamespacesFrom = GatewaySpecAllowedListenersNamespacesFrom = {}));
function toJson_GatewaySpecAllowedListenersNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecListenersAllowedRoutesKinds(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecListenersAllowedRoutesNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecListenersTlsCertificateRefs(obj) {
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
var GatewaySpecListenersTlsMode;
(function (GatewaySpecListenersTlsMode) {
    GatewaySpecListenersTlsMode["TERMINATE"] = "Terminate";
    GatewaySpecListenersTlsMode["PASSTHROUGH"] = "Passthrough";
})(GatewaySpecListenersTlsMode || (exports.GatewaySpecListenersTlsMode = GatewaySpecListenersTlsMode = {}));
function toJson_GatewaySpecTlsBackendClientCertificateRef(obj) {
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
function toJson_GatewaySpecTlsFrontendDefault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewaySpecTlsFrontendDefaultValidation(obj.validation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsFrontendPerPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'tls': toJson_GatewaySpecTlsFrontendPerPortTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GatewaySpecListenersAllowedRoutesNamespacesFrom;
(function (GatewaySpecListenersAllowedRoutesNamespacesFrom) {
    GatewaySpecListenersAllowedRoutesNamespacesFrom["ALL"] = "All";
    GatewaySpecListenersAllowedRoutesNamespacesFrom["SELECTOR"] = "Selector";
    GatewaySpecListenersAllowedRoutesNamespacesFrom["SAME"] = "Same";
})(GatewaySpecListenersAllowedRoutesNamespacesFrom || (exports.GatewaySpecListenersAllowedRoutesNamespacesFrom = GatewaySpecListenersAllowedRoutesNamespacesFrom = {}));
function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsFrontendDefaultValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsFrontendPerPortTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewaySpecTlsFrontendPerPortTlsValidation(obj.validation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs(obj) {
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
var GatewaySpecTlsFrontendDefaultValidationMode;
(function (GatewaySpecTlsFrontendDefaultValidationMode) {
    GatewaySpecTlsFrontendDefaultValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    GatewaySpecTlsFrontendDefaultValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewaySpecTlsFrontendDefaultValidationMode || (exports.GatewaySpecTlsFrontendDefaultValidationMode = GatewaySpecTlsFrontendDefaultValidationMode = {}));
function toJson_GatewaySpecTlsFrontendPerPortTlsValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj) {
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
var GatewaySpecTlsFrontendPerPortTlsValidationMode;
(function (GatewaySpecTlsFrontendPerPortTlsValidationMode) {
    GatewaySpecTlsFrontendPerPortTlsValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    GatewaySpecTlsFrontendPerPortTlsValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewaySpecTlsFrontendPerPortTlsValidationMode || (exports.GatewaySpecTlsFrontendPerPortTlsValidationMode = GatewaySpecTlsFrontendPerPortTlsValidationMode = {}));
class GatewayV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'Gateway',
    };
    static manifest(props) {
        return {
            ...GatewayV1Beta1.GVK,
            ...toJson_GatewayV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...GatewayV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...GatewayV1Beta1.GVK,
            ...toJson_GatewayV1Beta1Props(resolved),
        };
    }
}
exports.GatewayV1Beta1 = GatewayV1Beta1;
function toJson_GatewayV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewayV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => toJson_GatewayV1Beta1SpecAddresses(y)),
        'allowedListeners': toJson_GatewayV1Beta1SpecAllowedListeners(obj.allowedListeners),
        'gatewayClassName': obj.gatewayClassName,
        'infrastructure': toJson_GatewayV1Beta1SpecInfrastructure(obj.infrastructure),
        'listeners': obj.listeners?.map(y => toJson_GatewayV1Beta1SpecListeners(y)),
        'tls': toJson_GatewayV1Beta1SpecTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecAddresses(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecAllowedListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaces': toJson_GatewayV1Beta1SpecAllowedListenersNamespaces(obj.namespaces),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecInfrastructure(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'parametersRef': toJson_GatewayV1Beta1SpecInfrastructureParametersRef(obj.parametersRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedRoutes': toJson_GatewayV1Beta1SpecListenersAllowedRoutes(obj.allowedRoutes),
        'hostname': obj.hostname,
        'name': obj.name,
        'port': obj.port,
        'protocol': obj.protocol,
        'tls': toJson_GatewayV1Beta1SpecListenersTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backend': toJson_GatewayV1Beta1SpecTlsBackend(obj.backend),
        'frontend': toJson_GatewayV1Beta1SpecTlsFrontend(obj.frontend),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecAllowedListenersNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecInfrastructureParametersRef(obj) {
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
function toJson_GatewayV1Beta1SpecListenersAllowedRoutes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kinds': obj.kinds?.map(y => toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds(y)),
        'namespaces': toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(obj.namespaces),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecListenersTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateRefs': obj.certificateRefs?.map(y => toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs(y)),
        'mode': obj.mode,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsBackend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificateRef': toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef(obj.clientCertificateRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default': toJson_GatewayV1Beta1SpecTlsFrontendDefault(obj.default),
        'perPort': obj.perPort?.map(y => toJson_GatewayV1Beta1SpecTlsFrontendPerPort(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GatewayV1Beta1SpecAllowedListenersNamespacesFrom;
(function (GatewayV1Beta1SpecAllowedListenersNamespacesFrom) {
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["ALL"] = "All";
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["SELECTOR"] = "Selector";
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["SAME"] = "Same";
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["NONE"] = "None";
})(GatewayV1Beta1SpecAllowedListenersNamespacesFrom || (exports.GatewayV1Beta1SpecAllowedListenersNamespacesFrom = GatewayV1Beta1SpecAllowedListenersNamespacesFrom = {}));
function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs(obj) {
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
var GatewayV1Beta1SpecListenersTlsMode;
(function (GatewayV1Beta1SpecListenersTlsMode) {
    GatewayV1Beta1SpecListenersTlsMode["TERMINATE"] = "Terminate";
    GatewayV1Beta1SpecListenersTlsMode["PASSTHROUGH"] = "Passthrough";
})(GatewayV1Beta1SpecListenersTlsMode || (exports.GatewayV1Beta1SpecListenersTlsMode = GatewayV1Beta1SpecListenersTlsMode = {}));
function toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef(obj) {
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
function toJson_GatewayV1Beta1SpecTlsFrontendDefault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation(obj.validation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsFrontendPerPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'tls': toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom;
(function (GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom) {
    GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom["ALL"] = "All";
    GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom["SELECTOR"] = "Selector";
    GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom["SAME"] = "Same";
})(GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom || (exports.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = {}));
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation(obj.validation),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs(obj) {
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
var GatewayV1Beta1SpecTlsFrontendDefaultValidationMode;
(function (GatewayV1Beta1SpecTlsFrontendDefaultValidationMode) {
    GatewayV1Beta1SpecTlsFrontendDefaultValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    GatewayV1Beta1SpecTlsFrontendDefaultValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewayV1Beta1SpecTlsFrontendDefaultValidationMode || (exports.GatewayV1Beta1SpecTlsFrontendDefaultValidationMode = GatewayV1Beta1SpecTlsFrontendDefaultValidationMode = {}));
function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj) {
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
var GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode;
(function (GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode) {
    GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode || (exports.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode = GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode = {}));
class GatewayClass extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'GatewayClass',
    };
    static manifest(props) {
        return {
            ...GatewayClass.GVK,
            ...toJson_GatewayClassProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...GatewayClass.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...GatewayClass.GVK,
            ...toJson_GatewayClassProps(resolved),
        };
    }
}
exports.GatewayClass = GatewayClass;
function toJson_GatewayClassProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewayClassSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayClassSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'controllerName': obj.controllerName,
        'description': obj.description,
        'parametersRef': toJson_GatewayClassSpecParametersRef(obj.parametersRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayClassSpecParametersRef(obj) {
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
class GatewayClassV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'GatewayClass',
    };
    static manifest(props) {
        return {
            ...GatewayClassV1Beta1.GVK,
            ...toJson_GatewayClassV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...GatewayClassV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...GatewayClassV1Beta1.GVK,
            ...toJson_GatewayClassV1Beta1Props(resolved),
        };
    }
}
exports.GatewayClassV1Beta1 = GatewayClassV1Beta1;
function toJson_GatewayClassV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewayClassV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayClassV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'controllerName': obj.controllerName,
        'description': obj.description,
        'parametersRef': toJson_GatewayClassV1Beta1SpecParametersRef(obj.parametersRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GatewayClassV1Beta1SpecParametersRef(obj) {
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
class GrpcRoute extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'GRPCRoute',
    };
    static manifest(props) {
        return {
            ...GrpcRoute.GVK,
            ...toJson_GrpcRouteProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...GrpcRoute.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...GrpcRoute.GVK,
            ...toJson_GrpcRouteProps(resolved),
        };
    }
}
exports.GrpcRoute = GrpcRoute;
function toJson_GrpcRouteProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GrpcRouteSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_GrpcRouteSpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_GrpcRouteSpecRules(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecParentRefs(obj) {
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
function toJson_GrpcRouteSpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_GrpcRouteSpecRulesBackendRefs(y)),
        'filters': obj.filters?.map(y => toJson_GrpcRouteSpecRulesFilters(y)),
        'matches': obj.matches?.map(y => toJson_GrpcRouteSpecRulesMatches(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'filters': obj.filters?.map(y => toJson_GrpcRouteSpecRulesBackendRefsFilters(y)),
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extensionRef': toJson_GrpcRouteSpecRulesFiltersExtensionRef(obj.extensionRef),
        'requestHeaderModifier': toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_GrpcRouteSpecRulesFiltersRequestMirror(obj.requestMirror),
        'responseHeaderModifier': toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesMatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headers': obj.headers?.map(y => toJson_GrpcRouteSpecRulesMatchesHeaders(y)),
        'method': toJson_GrpcRouteSpecRulesMatchesMethod(obj.method),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extensionRef': toJson_GrpcRouteSpecRulesBackendRefsFiltersExtensionRef(obj.extensionRef),
        'requestHeaderModifier': toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirror(obj.requestMirror),
        'responseHeaderModifier': toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersExtensionRef(obj) {
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
function toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_GrpcRouteSpecRulesFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_GrpcRouteSpecRulesFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GrpcRouteSpecRulesFiltersType;
(function (GrpcRouteSpecRulesFiltersType) {
    GrpcRouteSpecRulesFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    GrpcRouteSpecRulesFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    GrpcRouteSpecRulesFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    GrpcRouteSpecRulesFiltersType["EXTENSION_REF"] = "ExtensionRef";
})(GrpcRouteSpecRulesFiltersType || (exports.GrpcRouteSpecRulesFiltersType = GrpcRouteSpecRulesFiltersType = {}));
function toJson_GrpcRouteSpecRulesMatchesHeaders(obj) {
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
function toJson_GrpcRouteSpecRulesMatchesMethod(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'method': obj.method,
        'service': obj.service,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersExtensionRef(obj) {
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
function toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GrpcRouteSpecRulesBackendRefsFiltersType;
(function (GrpcRouteSpecRulesBackendRefsFiltersType) {
    GrpcRouteSpecRulesBackendRefsFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    GrpcRouteSpecRulesBackendRefsFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    GrpcRouteSpecRulesBackendRefsFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    GrpcRouteSpecRulesBackendRefsFiltersType["EXTENSION_REF"] = "ExtensionRef";
})(GrpcRouteSpecRulesBackendRefsFiltersType || (exports.GrpcRouteSpecRulesBackendRefsFiltersType = GrpcRouteSpecRulesBackendRefsFiltersType = {}));
function toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersRequestMirrorBackendRef(obj) {
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
function toJson_GrpcRouteSpecRulesFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var GrpcRouteSpecRulesMatchesHeadersType;
(function (GrpcRouteSpecRulesMatchesHeadersType) {
    GrpcRouteSpecRulesMatchesHeadersType["EXACT"] = "Exact";
    GrpcRouteSpecRulesMatchesHeadersType["REGULAR_EXPRESSION"] = "RegularExpression";
})(GrpcRouteSpecRulesMatchesHeadersType || (exports.GrpcRouteSpecRulesMatchesHeadersType = GrpcRouteSpecRulesMatchesHeadersType = {}));
var GrpcRouteSpecRulesMatchesMethodType;
(function (GrpcRouteSpecRulesMatchesMethodType) {
    GrpcRouteSpecRulesMatchesMethodType["EXACT"] = "Exact";
    GrpcRouteSpecRulesMatchesMethodType["REGULAR_EXPRESSION"] = "RegularExpression";
})(GrpcRouteSpecRulesMatchesMethodType || (exports.GrpcRouteSpecRulesMatchesMethodType = GrpcRouteSpecRulesMatchesMethodType = {}));
function toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj) {
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
function toJson_GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
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
        'timeouts': toJson_HttpRouteSpecRulesTimeouts(obj.timeouts),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
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
        'timeouts': toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj.timeouts),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
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
class ListenerSet extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'ListenerSet',
    };
    static manifest(props) {
        return {
            ...ListenerSet.GVK,
            ...toJson_ListenerSetProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...ListenerSet.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ListenerSet.GVK,
            ...toJson_ListenerSetProps(resolved),
        };
    }
}
exports.ListenerSet = ListenerSet;
function toJson_ListenerSetProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ListenerSetSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'listeners': obj.listeners?.map(y => toJson_ListenerSetSpecListeners(y)),
        'parentRef': toJson_ListenerSetSpecParentRef(obj.parentRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedRoutes': toJson_ListenerSetSpecListenersAllowedRoutes(obj.allowedRoutes),
        'hostname': obj.hostname,
        'name': obj.name,
        'port': obj.port,
        'protocol': obj.protocol,
        'tls': toJson_ListenerSetSpecListenersTls(obj.tls),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecParentRef(obj) {
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
function toJson_ListenerSetSpecListenersAllowedRoutes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kinds': obj.kinds?.map(y => toJson_ListenerSetSpecListenersAllowedRoutesKinds(y)),
        'namespaces': toJson_ListenerSetSpecListenersAllowedRoutesNamespaces(obj.namespaces),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecListenersTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateRefs': obj.certificateRefs?.map(y => toJson_ListenerSetSpecListenersTlsCertificateRefs(y)),
        'mode': obj.mode,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecListenersAllowedRoutesKinds(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecListenersAllowedRoutesNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecListenersTlsCertificateRefs(obj) {
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
var ListenerSetSpecListenersTlsMode;
(function (ListenerSetSpecListenersTlsMode) {
    ListenerSetSpecListenersTlsMode["TERMINATE"] = "Terminate";
    ListenerSetSpecListenersTlsMode["PASSTHROUGH"] = "Passthrough";
})(ListenerSetSpecListenersTlsMode || (exports.ListenerSetSpecListenersTlsMode = ListenerSetSpecListenersTlsMode = {}));
var ListenerSetSpecListenersAllowedRoutesNamespacesFrom;
(function (ListenerSetSpecListenersAllowedRoutesNamespacesFrom) {
    ListenerSetSpecListenersAllowedRoutesNamespacesFrom["ALL"] = "All";
    ListenerSetSpecListenersAllowedRoutesNamespacesFrom["SELECTOR"] = "Selector";
    ListenerSetSpecListenersAllowedRoutesNamespacesFrom["SAME"] = "Same";
})(ListenerSetSpecListenersAllowedRoutesNamespacesFrom || (exports.ListenerSetSpecListenersAllowedRoutesNamespacesFrom = ListenerSetSpecListenersAllowedRoutesNamespacesFrom = {}));
function toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ListenerSetSpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class ReferenceGrant extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'ReferenceGrant',
    };
    static manifest(props = {}) {
        return {
            ...ReferenceGrant.GVK,
            ...toJson_ReferenceGrantProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ReferenceGrant.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ReferenceGrant.GVK,
            ...toJson_ReferenceGrantProps(resolved),
        };
    }
}
exports.ReferenceGrant = ReferenceGrant;
function toJson_ReferenceGrantProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ReferenceGrantSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ReferenceGrantSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_ReferenceGrantSpecFrom(y)),
        'to': obj.to?.map(y => toJson_ReferenceGrantSpecTo(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ReferenceGrantSpecFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ReferenceGrantSpecTo(obj) {
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
class ReferenceGrantV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'ReferenceGrant',
    };
    static manifest(props = {}) {
        return {
            ...ReferenceGrantV1Beta1.GVK,
            ...toJson_ReferenceGrantV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ReferenceGrantV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ReferenceGrantV1Beta1.GVK,
            ...toJson_ReferenceGrantV1Beta1Props(resolved),
        };
    }
}
exports.ReferenceGrantV1Beta1 = ReferenceGrantV1Beta1;
function toJson_ReferenceGrantV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ReferenceGrantV1Beta1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ReferenceGrantV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_ReferenceGrantV1Beta1SpecFrom(y)),
        'to': obj.to?.map(y => toJson_ReferenceGrantV1Beta1SpecTo(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ReferenceGrantV1Beta1SpecFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ReferenceGrantV1Beta1SpecTo(obj) {
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
class TlsRoute extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'TLSRoute',
    };
    static manifest(props) {
        return {
            ...TlsRoute.GVK,
            ...toJson_TlsRouteProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...TlsRoute.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...TlsRoute.GVK,
            ...toJson_TlsRouteProps(resolved),
        };
    }
}
exports.TlsRoute = TlsRoute;
function toJson_TlsRouteProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TlsRouteSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_TlsRouteSpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_TlsRouteSpecRules(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteSpecParentRefs(obj) {
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
function toJson_TlsRouteSpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_TlsRouteSpecRulesBackendRefs(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteSpecRulesBackendRefs(obj) {
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
class TlsRouteV1Alpha2 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1alpha2',
        kind: 'TLSRoute',
    };
    static manifest(props) {
        return {
            ...TlsRouteV1Alpha2.GVK,
            ...toJson_TlsRouteV1Alpha2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...TlsRouteV1Alpha2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...TlsRouteV1Alpha2.GVK,
            ...toJson_TlsRouteV1Alpha2Props(resolved),
        };
    }
}
exports.TlsRouteV1Alpha2 = TlsRouteV1Alpha2;
function toJson_TlsRouteV1Alpha2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TlsRouteV1Alpha2Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteV1Alpha2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_TlsRouteV1Alpha2SpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_TlsRouteV1Alpha2SpecRules(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteV1Alpha2SpecParentRefs(obj) {
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
function toJson_TlsRouteV1Alpha2SpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_TlsRouteV1Alpha2SpecRulesBackendRefs(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteV1Alpha2SpecRulesBackendRefs(obj) {
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
class TlsRouteV1Alpha3 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1alpha3',
        kind: 'TLSRoute',
    };
    static manifest(props) {
        return {
            ...TlsRouteV1Alpha3.GVK,
            ...toJson_TlsRouteV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...TlsRouteV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...TlsRouteV1Alpha3.GVK,
            ...toJson_TlsRouteV1Alpha3Props(resolved),
        };
    }
}
exports.TlsRouteV1Alpha3 = TlsRouteV1Alpha3;
function toJson_TlsRouteV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TlsRouteV1Alpha3Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteV1Alpha3Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_TlsRouteV1Alpha3SpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_TlsRouteV1Alpha3SpecRules(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteV1Alpha3SpecParentRefs(obj) {
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
function toJson_TlsRouteV1Alpha3SpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_TlsRouteV1Alpha3SpecRulesBackendRefs(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TlsRouteV1Alpha3SpecRulesBackendRefs(obj) {
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
