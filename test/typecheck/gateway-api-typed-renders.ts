// Compiled by `npm run typecheck`, never run: the Gateway API renders are typed with the generated interfaces, so a
// misspelled field is a compile error. Each `@ts-expect-error` fails the typecheck if the error goes away.
import { _experimentalHttpRuleToGatewayApi, _httpRuleToGatewayApi } from '../../lib/values/gateway-api-route';

type ExperimentalRule = ReturnType<typeof _experimentalHttpRuleToGatewayApi>;

export const misspelledRetry: ExperimentalRule = {
  retry: {
    // @ts-expect-error `atempts` is not a field of an HTTPRoute retry
    atempts: 3,
  },
};

export const misspelledRetryCodes: NonNullable<ExperimentalRule['retry']> = {
  // @ts-expect-error `code` is not a field of an HTTPRoute retry (`codes` is)
  code: [503],
};

export const retryOnTheStandardChannel: ReturnType<typeof _httpRuleToGatewayApi> = {
  // @ts-expect-error only the experimental channel's HTTPRoute rule has `retry`
  retry: { attempts: 3 },
};
