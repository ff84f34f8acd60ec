import { ApiError, PAYMENT_CANCELLED, PAYMENT_REJECTED, userMessage } from './errors';

/** What checkout returns for the platform's pay sheet, passed on unchanged. */
export type PlatformPayment =
  | { kind: 'WECHAT_PAY'; timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string }
  | { kind: 'VIRTUAL_PAYMENT'; signData: string; paySig: string; signature: string; mode: string };

/**
 * Shows the platform's pay sheet. Resolves when the sheet reports success (the server still confirms it through
 * syncOrderPayment), rejects with PAYMENT_CANCELLED when the learner closes it and PAYMENT_REJECTED when it fails.
 * The end-to-end test swaps this for the WeChat simulator's pay control.
 */
export type PaymentPort = (payment: PlatformPayment) => Promise<void>;

// Virtual Payment reports a closed sheet as errCode -2 (https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestVirtualPayment.html).
const VIRTUAL_PAYMENT_CANCELLED = -2;

function paymentFailure(cancelled: boolean): ApiError {
  const code = cancelled ? PAYMENT_CANCELLED : PAYMENT_REJECTED;
  return new ApiError(code, userMessage(code));
}

/**
 * wx.requestPayment for WeChat Pay with the server-signed arguments
 * (https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestPayment.html; a closed sheet fails with
 * "requestPayment:fail cancel"), wx.requestVirtualPayment for Virtual Payment, the only way on iOS.
 */
export const wxPaymentPort: PaymentPort = (payment) =>
  new Promise((resolve, reject) => {
    if (payment.kind === 'WECHAT_PAY') {
      wx.requestPayment({
        timeStamp: payment.timeStamp,
        nonceStr: payment.nonceStr,
        package: payment.package,
        signType: payment.signType as WechatMiniprogram.RequestPaymentOption['signType'],
        paySign: payment.paySign,
        success: () => resolve(),
        fail: (error) => reject(paymentFailure(error.errMsg.includes('cancel'))),
      });
      return;
    }
    wx.requestVirtualPayment({
      // The typings declare an object, but the platform wants signData as the exact string that was signed.
      signData: payment.signData as unknown as WechatMiniprogram.SignData,
      paySig: payment.paySig,
      signature: payment.signature,
      mode: payment.mode as WechatMiniprogram.RequestVirtualPaymentOption['mode'],
      success: () => resolve(),
      fail: (error) => reject(paymentFailure(error.errCode === VIRTUAL_PAYMENT_CANCELLED)),
    });
  });
