import { describe, expect, it } from 'vitest';
import { loadWallet, placeTopUp, typedAmount } from '../../miniprogram/services/wallet';
import { fakeServer, payloadError } from '../support/fake-server';

const topUpOptions = {
  min: { fen: 1000 },
  max: { fen: 500000 },
  tiers: [
    { amount: { fen: 5000, yuan: '50.00' }, bonus: { fen: 0, yuan: '0.00' } },
    { amount: { fen: 10000, yuan: '100.00' }, bonus: { fen: 1000, yuan: '10.00' } },
  ],
};

describe('loadWallet', () => {
  it('shows the balance, its bonus part, signed movements and the top-up tiers with their bonus', async () => {
    const { api } = fakeServer({
      MyWallet: () => ({
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
        topUpOptions,
      }),
    });

    const wallet = await loadWallet(api);

    expect(wallet.balance).toBe('61.00');
    expect(wallet.bonus).toBe('10.00');
    expect(wallet.entries.map((e) => [e.label, e.amount, e.date])).toEqual([
      ['余额支付', '-49.00', '2026-12-02'],
      ['充值', '+110.00', '2026-12-01'],
    ]);
    expect(wallet.range).toBe('可充值 ¥10.00 - ¥5000.00');
    expect(wallet.choices).toEqual([
      { amountFen: 5000, label: '¥50.00', bonusLabel: '' },
      { amountFen: 10000, label: '¥100.00', bonusLabel: '送 ¥10.00' },
    ]);
  });

  it('shows a zero balance before the first top-up', async () => {
    const { api } = fakeServer({ MyWallet: () => ({ myWallet: null, topUpOptions }) });

    const wallet = await loadWallet(api);

    expect(wallet.balance).toBe('0.00');
    expect(wallet.entries).toEqual([]);
  });
});

describe('placeTopUp', () => {
  it('places the top-up with a client key and answers the order to pay', async () => {
    const { api, calls } = fakeServer({ TopUp: () => ({ topUp: { topUp: { id: 'tu1', order: { id: 'o1' } }, errors: null } }) });

    await expect(placeTopUp(api, 10000, 'attempt-0001')).resolves.toBe('o1');
    expect(calls[0].variables).toEqual({ input: { amountFen: 10000, clientKey: 'attempt-0001' } });
  });

  it('makes a fresh client key of the length the server accepts when none is given', async () => {
    const { api, calls } = fakeServer({ TopUp: () => ({ topUp: { topUp: { id: 'tu1', order: { id: 'o1' } }, errors: null } }) });

    await placeTopUp(api, 10000);

    const { clientKey } = (calls[0].variables as { input: { clientKey: string } }).input;
    expect(clientKey.length).toBeGreaterThanOrEqual(8);
    expect(clientKey.length).toBeLessThanOrEqual(64);
  });

  it('refuses an amount outside the options with a message the learner understands', async () => {
    const { api } = fakeServer({ TopUp: () => ({ topUp: { topUp: null, errors: [payloadError('WALLET_TOP_UP_AMOUNT_INVALID')] } }) });

    await expect(placeTopUp(api, 1)).rejects.toMatchObject({ message: '充值金额不在可选范围内' });
  });
});

describe('typedAmount', () => {
  const limits = { minFen: 1000, maxFen: 500000 };

  it.each([
    ['88', { fen: 8800 }],
    [' 88.8 ', { fen: 8880 }],
    ['10.05', { fen: 1005 }],
    ['5000', { fen: 500000 }],
  ])('reads %s yuan as fen', (text, expected) => {
    expect(typedAmount(text, limits)).toEqual(expected);
  });

  it.each(['', 'abc', '8.888', '-20', '1e3'])('refuses %o as not an amount', (text) => {
    expect(typedAmount(text, limits)).toEqual({ problem: '请输入正确的金额，最多两位小数' });
  });

  it.each(['9.99', '5000.01'])('refuses %s yuan outside the range', (text) => {
    expect(typedAmount(text, limits)).toEqual({ problem: '充值金额需在 ¥10.00 到 ¥5000.00 之间' });
  });
});
