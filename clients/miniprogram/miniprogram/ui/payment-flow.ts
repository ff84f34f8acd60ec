import { messageOf } from '../api/errors';
import type { PayStep } from '../services/checkout';
import { routeTo } from './route';

/**
 * Runs a payment and, once the pay sheet let it through, opens the result page that confirms it with the server.
 * Returns what to tell the learner when it did not go through (a closed sheet, a refused payment), else null; the
 * order then stays pending and can be paid again from the orders page.
 */
export async function payThenShowResult(orderId: string, payment: () => Promise<PayStep>, leave: 'redirect' | 'navigate'): Promise<string | null> {
  try {
    await payment();
  } catch (error) {
    return messageOf(error);
  }
  const url = routeTo('/pages/pay-result/pay-result', { id: orderId });
  if (leave === 'redirect') {
    wx.redirectTo({ url });
  } else {
    wx.navigateTo({ url });
  }
  return null;
}
