import { installMemoryWx } from '../support/memory-wx';

/** What the learner does in the WeChat Pay sheet that wx.requestPayment opens (the simulator's outcomes). */
export type PaymentOutcome = 'SUCCESS' | 'CANCEL' | 'PAYERROR';

export interface WxShim {
  /** What wx.requestPayment was given, in order: the parameters checkout returned. */
  readonly payments: WechatMiniprogram.RequestPaymentOption[];
  /** What the learner does in the next payment sheets (SUCCESS once none are queued). */
  queuePaymentOutcomes(...outcomes: PaymentOutcome[]): void;
  /** The next <count> requests reach the server but their answers are lost on the way back (wx.request fails). */
  loseNextAnswers(count: number): void;
}

/**
 * The wx the mini program's services use, in Node against the real server: wx.request is fetch, storage lives in
 * memory, wx.login asks the embedded WeChat simulator for a login code of this openid (POST /__sim/users), and
 * wx.requestPayment plays the learner in the payment sheet (POST /__sim/pay with the prepay id from `package`).
 */
export function installWxShim(origin: string, openid: string): WxShim {
  const payments: WechatMiniprogram.RequestPaymentOption[] = [];
  const outcomes: PaymentOutcome[] = [];
  let answersToLose = 0;

  const request = (options: RequestOptions) => {
    const controller = new AbortController();
    if (answersToLose > 0) {
      answersToLose--;
      send({ ...options, success: () => options.fail?.({ errMsg: 'request:fail timeout' }) }, controller.signal);
    } else {
      send(options, controller.signal);
    }
    return { abort: () => controller.abort() };
  };

  const login = (options: LoginOptions) => {
    simulator(origin, '/__sim/users', { openid })
      .then((answer) => options.success?.({ code: String(answer.loginCode), errMsg: 'login:ok' }))
      .catch((error: Error) => options.fail?.({ errMsg: `login:fail ${error.message}` }));
  };

  // https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestPayment.html — success only when the
  // learner paid; fail with "requestPayment:fail cancel" when they closed the sheet.
  const requestPayment = (options: WechatMiniprogram.RequestPaymentOption) => {
    payments.push(options);
    const outcome = outcomes.shift() ?? 'SUCCESS';
    const prepayId = options.package.replace(/^prepay_id=/, '');
    simulator(origin, '/__sim/pay', { prepay_id: prepayId, outcome })
      .then(() => {
        if (outcome === 'SUCCESS') {
          options.success?.({ errMsg: 'requestPayment:ok' });
        } else {
          options.fail?.({ errMsg: outcome === 'CANCEL' ? 'requestPayment:fail cancel' : 'requestPayment:fail payment error' });
        }
      })
      .catch((error: Error) => options.fail?.({ errMsg: `requestPayment:fail ${error.message}` }));
  };

  installMemoryWx({ request, login, requestPayment } as unknown as Partial<WechatMiniprogram.Wx>);
  return {
    payments,
    queuePaymentOutcomes: (...next) => void outcomes.push(...next),
    loseNextAnswers: (count) => void (answersToLose += count),
  };
}

// The parts of wx.request's and wx.login's options the shim plays; the services pass the full typed options.
interface RequestOptions {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  dataType?: string;
  success?: (result: { data: unknown; statusCode: number; header: Record<string, string>; errMsg: string }) => void;
  fail?: (error: { errMsg: string }) => void;
}

interface LoginOptions {
  success?: (result: { code: string; errMsg: string }) => void;
  fail?: (error: { errMsg: string }) => void;
}

/** wx.request on fetch: any HTTP answer is a success (as in the mini program); only a lost connection fails. */
function send(options: RequestOptions, signal: AbortSignal): void {
  const body = options.data === undefined || typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  fetch(options.url, { method: options.method ?? 'GET', headers: options.header, body, signal })
    .then(async (response) => {
      const text = await response.text();
      const header: Record<string, string> = {};
      response.headers.forEach((value, name) => (header[name] = value));
      options.success?.({
        data: options.dataType === 'json' ? parseJson(text) : text,
        statusCode: response.status,
        header,
        errMsg: 'request:ok',
      });
    })
    .catch((error: Error) => options.fail?.({ errMsg: `request:fail ${error.message}` }));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Calls one of the embedded simulator's control endpoints (dev/test only). */
async function simulator(origin: string, path: string, body: object): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}/wechat-sim${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`simulator ${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}
