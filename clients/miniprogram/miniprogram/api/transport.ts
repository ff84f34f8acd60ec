import { ApiError, NETWORK_LOST, userMessage } from './errors';

export interface HttpResponse {
  statusCode: number;
  data: unknown;
}

/** One HTTP POST of a JSON body; the mini program has no fetch, so this is wx.request. Rejects only when no answer came. */
export type Transport = (url: string, body: object, headers: Record<string, string>) => Promise<HttpResponse>;

export const wxTransport: Transport = (url, body, headers) =>
  new Promise((resolve, reject) => {
    wx.request({
      url,
      method: 'POST',
      data: body,
      header: headers,
      dataType: 'json',
      success: (response) => resolve({ statusCode: response.statusCode, data: response.data }),
      fail: () => reject(new ApiError(NETWORK_LOST, userMessage(NETWORK_LOST))),
    });
  });
