import { messageOf } from '../api/errors';

/** Tells the learner what went wrong, in their words, without blocking the page. */
export function showError(error: unknown): void {
  wx.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
}
