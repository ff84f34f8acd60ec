import type { AppGlobal } from '../../app';
import { type AgreementView, acceptAgreements, loadAgreementsToAccept } from '../../services/agreements';
import { showError } from '../../ui/feedback';
import type { TapEvent } from '../../ui/events';

Component({
  data: { agreements: null as AgreementView[] | null, accepting: false },
  methods: {
    async onLoad() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        this.setData({ agreements: await loadAgreementsToAccept(api) });
      } catch (error) {
        showError(error);
      }
    },
    // The full text of a version published elsewhere: a web-view would need the domain registered as a business
    // domain (https://developers.weixin.qq.com/miniprogram/dev/component/web-view.html), so the learner gets the link.
    copyLink(event: TapEvent<{ url: string }>) {
      wx.setClipboardData({ data: event.currentTarget.dataset.url });
    },
    async accept() {
      const { api } = getApp<AppGlobal>();
      this.setData({ accepting: true });
      try {
        await acceptAgreements(api, (this.data.agreements ?? []).map((agreement) => agreement.versionId));
        wx.showToast({ title: '已同意', icon: 'success' });
        wx.navigateBack();
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ accepting: false });
      }
    },
  },
});
