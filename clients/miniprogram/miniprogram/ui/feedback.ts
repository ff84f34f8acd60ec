import { hasCode, LOGIN_STEP_UP_REQUIRED, messageOf } from '../api/errors';
import { openPage } from './navigation';

/**
 * Tells the learner what went wrong, in their words, without blocking the page; a login held back for a security
 * review opens the phone verification that lifts it.
 */
export function showError(error: unknown): void {
  if (hasCode(error, LOGIN_STEP_UP_REQUIRED)) {
    openPage('/pages/verify-phone/verify-phone');
    return;
  }
  wx.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
}
