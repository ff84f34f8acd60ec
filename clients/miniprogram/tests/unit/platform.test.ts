import { expect, it } from 'vitest';
import { GraphQLClient } from '../../miniprogram/api/client';
import { SessionStore } from '../../miniprogram/api/session';
import { OfferedPaymentMethodsDocument } from '../../miniprogram/generated/graphql';

it('tells the server the platform, so an iPhone is offered only what WeChat allows there', async () => {
  let headers: Record<string, string> = {};
  const client = new GraphQLClient({
    endpoint: 'x',
    session: new SessionStore(),
    renew: async () => null,
    platform: () => 'ios',
    transport: async (_url, _body, sent) => {
      headers = sent;
      return { statusCode: 200, data: { data: { paymentMethods: ['VIRTUAL_PAYMENT'] } } };
    },
  });

  await client.request(OfferedPaymentMethodsDocument, {});

  expect(headers['X-Client-Platform']).toBe('ios');
});
