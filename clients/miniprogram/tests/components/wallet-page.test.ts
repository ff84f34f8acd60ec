import { describe, expect, it, vi } from 'vitest';
import type { MyWalletQuery } from '../../miniprogram/generated/graphql';
import { orderOf, wechatPayParameters } from '../support/buy-fixtures';
import { type FakeOperation, fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, tapElement, textOf, textsOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

const wallet: MyWalletQuery = {
  myWallet: {
    balance: { yuan: '61.00' },
    bonusBalance: { yuan: '10.00' },
    entries: {
      nodes: [
        { id: 'e2', kind: 'SPEND', amount: { fen: -4900 }, reason: null, createdAt: '2026-12-02T04:00:00Z' },
        { id: 'e1', kind: 'TOP_UP', amount: { fen: 11000 }, reason: null, createdAt: '2026-12-01T04:00:00Z' },
      ],
    },
  },
  topUpOptions: {
    min: { fen: 1000 },
    max: { fen: 500000 },
    tiers: [
      { amount: { fen: 5000, yuan: '50.00' }, bonus: { fen: 0, yuan: '0.00' } },
      { amount: { fen: 10000, yuan: '100.00' }, bonus: { fen: 1000, yuan: '10.00' } },
    ],
  },
};

function walletServer(overrides: Record<string, FakeOperation> = {}) {
  return fakeServer({
    MyWallet: () => wallet,
    TopUp: () => ({ topUp: { topUp: { id: 'tu1', order: { id: 'order-1' } }, errors: null } }),
    Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }),
    ...overrides,
  });
}

async function typeAmount(page: Rendered, yuan: string): Promise<void> {
  page.querySelector('.other-amount')?.dispatchEvent('change', { detail: { value: yuan } });
  await simulate.sleep(0);
}

async function openWallet(server: ReturnType<typeof fakeServer>): Promise<Rendered> {
  const page = render('pages/wallet/wallet', server.api);
  await page.instance.onShow();
  return page;
}

describe('wallet page', () => {
  it('shows the balance, its bonus part, the top-up amounts with their bonus and the movements', async () => {
    const page = await openWallet(walletServer());

    expect(textOf(page, '.balance')).toBe('61.00');
    expect(textOf(page, '.bonus')).toContain('含赠送 ¥10.00');
    expect(textsOf(page, '.choice')).toEqual(['¥50.00', '¥100.00送 ¥10.00']);
    expect(textsOf(page, '.chosen')).toEqual(['¥50.00']);
    expect(textsOf(page, '.entry')).toEqual(['余额支付-49.002026-12-02', '充值+110.002026-12-01']);
  });

  it('tops up the chosen amount, pays it with WeChat Pay and opens the pay result', async () => {
    const server = walletServer();
    const requestPayment = vi.fn((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' }));
    const navigateTo = vi.fn();
    installMemoryWx({ requestPayment, navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await openWallet(server);

    await tapElement(page.querySelectorAll('.choice')[1]);
    expect(textsOf(page, '.chosen')).toEqual(['¥100.00送 ¥10.00']);
    await tap(page, '.top-up');

    expect(server.calls.find((call) => call.operation === 'TopUp')?.variables).toMatchObject({ input: { amountFen: 10000 } });
    expect(server.calls.find((call) => call.operation === 'Checkout')?.variables).toMatchObject({ input: { orderId: 'order-1', method: 'WECHAT_PAY' } });
    expect(requestPayment).toHaveBeenCalledWith(expect.objectContaining({ package: 'prepay_id=wx20261203' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/pay-result/pay-result?id=order-1' });
  });

  it('tops up an amount the learner types, and refuses one outside the range before asking the server', async () => {
    const server = walletServer();
    const requestPayment = vi.fn((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' }));
    const showToast = vi.fn();
    installMemoryWx({ requestPayment, showToast, navigateTo: vi.fn() } as Partial<WechatMiniprogram.Wx>);
    const page = await openWallet(server);
    expect(textOf(page, '.range')).toBe('可充值 ¥10.00 - ¥5000.00');

    await typeAmount(page, '6000');
    await tap(page, '.top-up');
    expect(showToast).toHaveBeenCalledWith({ title: '充值金额需在 ¥10.00 到 ¥5000.00 之间', icon: 'none' });
    expect(server.calls.some((call) => call.operation === 'TopUp')).toBe(false);

    await typeAmount(page, '88.8');
    expect(textsOf(page, '.chosen')).toEqual([]);
    await tap(page, '.top-up');
    expect(server.calls.find((call) => call.operation === 'TopUp')?.variables).toMatchObject({ input: { amountFen: 8880 } });
  });

  it('says a closed pay sheet cancelled the payment and stays on the wallet', async () => {
    const requestPayment = (option: WechatMiniprogram.RequestPaymentOption) => option.fail?.({ errMsg: 'requestPayment:fail cancel' });
    const navigateTo = vi.fn();
    const showToast = vi.fn();
    installMemoryWx({ requestPayment, navigateTo, showToast } as Partial<WechatMiniprogram.Wx>);
    const page = await openWallet(walletServer());

    await tap(page, '.top-up');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '支付已取消，可在“我的订单”中继续支付' }));
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('explains where a top-up is not allowed (iOS) without opening a pay sheet', async () => {
    const requestPayment = vi.fn();
    const showToast = vi.fn();
    installMemoryWx({ requestPayment, showToast } as Partial<WechatMiniprogram.Wx>);
    const page = await openWallet(
      walletServer({ TopUp: () => ({ topUp: { topUp: null, errors: [payloadError('PAYMENT_METHOD_NOT_ALLOWED')] } }) }),
    );

    await tap(page, '.top-up');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '当前设备不支持该支付方式，请换一种方式' }));
    expect(requestPayment).not.toHaveBeenCalled();
  });

  it('shows an empty wallet before the first top-up', async () => {
    const page = await openWallet(walletServer({ MyWallet: () => ({ ...wallet, myWallet: null }) }));

    expect(textOf(page, '.balance')).toBe('0.00');
    expect(textOf(page, '.no-entries')).toBe('暂无明细');
  });
});
