import { randomId } from '../../miniprogram/api/session';
import { type HttpResponse, type Transport, wxTransport } from '../../miniprogram/api/transport';
import { type Api, createApi } from '../../miniprogram/services/api';
import { installWxShim, type WxShim } from './wx-shim';

interface Exchange {
  operation: string;
  response: HttpResponse;
}

export interface Learner {
  api: Api;
  wx: WxShim;
  /** The server's answers (their data) to the operation named <name> the services sent, oldest first. */
  answersTo(name: string): unknown[];
}

/**
 * A new learner on a phone: a fresh WeChat identity, empty storage, and the mini program's own service layer
 * (createApi with wx.request and wx.login, as app.ts builds it) pointed at the server.
 */
export function newLearner(origin: string): Learner {
  const wx = installWxShim(origin, `o_e2e_${randomId().slice(0, 12)}`);
  const exchanges: Exchange[] = [];
  const recording: Transport = async (url, body, headers) => {
    const response = await wxTransport(url, body, headers);
    exchanges.push({ operation: operationName((body as { query: string }).query), response });
    return response;
  };
  return {
    api: createApi(`${origin}/graphql`, recording),
    wx,
    answersTo: (name) =>
      exchanges
        .filter((exchange) => exchange.operation === name)
        .map((exchange) => (exchange.response.data as { data?: unknown } | null)?.data),
  };
}

function operationName(query: string): string {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
}
