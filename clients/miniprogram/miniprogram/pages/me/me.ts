import type { AppGlobal } from '../../app';
import { loadAgreementsToAccept } from '../../services/agreements';
import { type AccountView, loadAccount } from '../../services/profile';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import type { TapEvent } from '../../ui/events';

interface Entry {
  title: string;
  url: string;
  /** What the entry shows on its right, from the account (e.g. the balance). */
  note?: (account: AccountView) => string;
}

// Where the learner goes from 我的; routes of the other parts are fixed so they link before they exist.
const entries: Entry[] = [
  { title: '我的课程', url: '/pages/my-courses/my-courses' },
  { title: '我的订单', url: '/pages/orders/orders' },
  { title: '钱包', url: '/pages/wallet/wallet', note: (account) => account.balance },
  {
    title: '优惠券',
    url: '/pages/coupons/coupons',
    note: (account) => (account.availableCoupons > 0 ? `${account.availableCoupons}张可用` : ''),
  },
  { title: '兑换码', url: '/pages/redeem/redeem' },
  { title: '我的收藏', url: '/pages/favourites/favourites' },
  { title: '推广中心', url: '/pages/promoter/promoter' },
  {
    title: '兴趣与个性化推荐',
    url: '/pages/onboarding/onboarding',
    note: (account) => (account.personalisationConsent ? '已开启' : '未开启'),
  },
  { title: '隐私中心', url: '/pages/privacy/privacy' },
];

Component({
  data: {
    account: null as AccountView | null,
    entries: [] as { title: string; url: string; note: string }[],
    agreementsAsked: false,
  },
  methods: {
    // onShow, not onLoad: membership and interests change on other pages (checkout, onboarding).
    async onShow() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        const account = await loadAccount(api);
        this.setData({ account, entries: entries.map(({ title, url, note }) => ({ title, url, note: note?.(account) ?? '' })) });
        await this.askForAgreements();
      } catch (error) {
        showError(error);
      }
    },
    // Agreement versions the learner has not accepted are asked for once while the app runs (我的 is a tab and stays
    // loaded), not on every show, so coming back from the agreements page without accepting does not trap them.
    async askForAgreements() {
      if (this.data.agreementsAsked) {
        return;
      }
      this.setData({ agreementsAsked: true });
      const toAccept = await loadAgreementsToAccept(getApp<AppGlobal>().api);
      if (toAccept.length > 0) {
        openPage('/pages/agreements/agreements');
      }
    },
    open(event: TapEvent<{ url: string }>) {
      openPage(event.currentTarget.dataset.url);
    },
  },
});
