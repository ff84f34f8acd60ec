import { describe, expect, it, vi } from 'vitest';
import { PAYMENT_CANCELLED, PAYMENT_REJECTED } from '../../miniprogram/api/errors';
import { wxPaymentPort } from '../../miniprogram/api/payment';
import { installMemoryWx } from '../support/memory-wx';

const wechatPay = { kind: 'WECHAT_PAY' as const, timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' };

describe('wxPaymentPort', () => {
  it('opens wx.requestPayment with the signed parameters', async () => {
    const requestPayment = vi.fn((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' }));
    installMemoryWx({ requestPayment } as Partial<WechatMiniprogram.Wx>);

    await wxPaymentPort(wechatPay);

    expect(requestPayment).toHaveBeenCalledWith(expect.objectContaining({ package: 'prepay_id=p', paySign: 's', signType: 'RSA', timeStamp: '1' }));
  });

  it('tells a closed pay sheet from a failed payment', async () => {
    installMemoryWx({
      requestPayment: ((option: WechatMiniprogram.RequestPaymentOption) => option.fail?.({ errMsg: 'requestPayment:fail cancel' })) as WechatMiniprogram.Wx['requestPayment'],
    });
    await expect(wxPaymentPort(wechatPay)).rejects.toMatchObject({ code: PAYMENT_CANCELLED });

    installMemoryWx({
      requestPayment: ((option: WechatMiniprogram.RequestPaymentOption) => option.fail?.({ errMsg: 'requestPayment:fail system error' })) as WechatMiniprogram.Wx['requestPayment'],
    });
    await expect(wxPaymentPort(wechatPay)).rejects.toMatchObject({ code: PAYMENT_REJECTED });
  });

  it('passes Virtual Payment its signData string as signed', async () => {
    const requestVirtualPayment = vi.fn((option: WechatMiniprogram.RequestVirtualPaymentOption) =>
      option.fail?.({ errCode: -2, errMsg: 'requestVirtualPayment:fail cancel' }),
    );
    installMemoryWx({ requestVirtualPayment } as Partial<WechatMiniprogram.Wx>);

    await expect(
      wxPaymentPort({ kind: 'VIRTUAL_PAYMENT', signData: '{"offerId":"1"}', paySig: 'p', signature: 's', mode: 'short_series_goods' }),
    ).rejects.toMatchObject({ code: PAYMENT_CANCELLED });
    expect(requestVirtualPayment.mock.calls[0][0].signData).toBe('{"offerId":"1"}');
  });
});
