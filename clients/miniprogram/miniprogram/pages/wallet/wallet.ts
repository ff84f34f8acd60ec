import type { AppGlobal } from '../../app';
import { wxPaymentPort } from '../../api/payment';
import { pay } from '../../services/checkout';
import { loadWallet, placeTopUp, typedAmount, type WalletView } from '../../services/wallet';
import { showError } from '../../ui/feedback';
import { payThenShowResult } from '../../ui/payment-flow';
import type { TapEvent } from '../../ui/events';

Component({
  data: {
    wallet: null as WalletView | null,
    chosenFen: 0,
    /** Yuan typed under 其他金额; when set it replaces the chosen tier. */
    otherAmount: '',
    paying: false,
  },
  methods: {
    // onShow, not onLoad: coming back from the pay result the balance has grown.
    async onShow() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        const wallet = await loadWallet(api);
        const stillOffered = wallet.choices.some((choice) => choice.amountFen === this.data.chosenFen);
        this.setData({ wallet, chosenFen: stillOffered ? this.data.chosenFen : (wallet.choices[0]?.amountFen ?? 0) });
      } catch (error) {
        showError(error);
      }
    },
    choose(event: TapEvent<{ amountFen: number }>) {
      this.setData({ chosenFen: event.currentTarget.dataset.amountFen, otherAmount: '' });
    },
    onOtherAmount(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ otherAmount: event.detail.value });
    },
    /** The fen to top up: the typed amount when there is one, else the chosen tier; null (and a toast) when invalid. */
    amountFen(): number | null {
      const { wallet, otherAmount, chosenFen } = this.data;
      if (otherAmount.trim() === '' || wallet === null) {
        return chosenFen;
      }
      const typed = typedAmount(otherAmount, wallet);
      if ('problem' in typed) {
        wx.showToast({ title: typed.problem, icon: 'none' });
        return null;
      }
      return typed.fen;
    },
    // A top-up is an order paid with WeChat Pay; the pay result page confirms it and the balance shows on return.
    async topUp() {
      const amountFen = this.amountFen();
      if (amountFen === null) {
        return;
      }
      const { api } = getApp<AppGlobal>();
      this.setData({ paying: true });
      try {
        const orderId = await placeTopUp(api, amountFen);
        const failure = await payThenShowResult(orderId, () => pay(api, wxPaymentPort, orderId, 'WECHAT_PAY'), 'navigate');
        if (failure !== null) {
          wx.showToast({ title: failure, icon: 'none', duration: 2500 });
        }
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ paying: false });
      }
    },
  },
});
