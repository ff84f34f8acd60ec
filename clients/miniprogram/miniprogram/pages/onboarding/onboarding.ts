import type { AppGlobal } from '../../app';
import { type InterestChoice, loadOnboarding, MAX_INTERESTS, saveOnboarding } from '../../services/profile';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import type { TapEvent } from '../../ui/events';

Component({
  data: {
    interests: [] as InterestChoice[],
    personalisationConsent: false,
    loaded: false,
    saving: false,
    maxInterests: MAX_INTERESTS,
  },
  methods: {
    async onLoad() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        const view = await loadOnboarding(api);
        this.setData({ interests: view.interests, personalisationConsent: view.personalisationConsent, loaded: true });
      } catch (error) {
        showError(error);
      }
    },
    toggle(event: TapEvent<{ id: string }>) {
      const { id } = event.currentTarget.dataset;
      const chosenCount = this.data.interests.filter((interest) => interest.chosen).length;
      const interest = this.data.interests.find((candidate) => candidate.id === id);
      if (interest !== undefined && !interest.chosen && chosenCount >= MAX_INTERESTS) {
        wx.showToast({ title: `最多选择 ${MAX_INTERESTS} 个兴趣`, icon: 'none' });
        return;
      }
      this.setData({
        interests: this.data.interests.map((candidate) =>
          candidate.id === id ? { ...candidate, chosen: !candidate.chosen } : candidate,
        ),
      });
    },
    onConsentChange(event: WechatMiniprogram.CustomEvent<{ value: boolean }>) {
      this.setData({ personalisationConsent: event.detail.value });
    },
    async save() {
      this.setData({ saving: true });
      try {
        await saveOnboarding(getApp<AppGlobal>().api, {
          interestTagIds: this.data.interests.filter((interest) => interest.chosen).map((interest) => interest.id),
          personalisationConsent: this.data.personalisationConsent,
        });
        wx.showToast({ title: '已保存', icon: 'success' });
        // Opened from 我的 it goes back there; opened first thing it has no page behind it, so go home.
        wx.navigateBack({ fail: () => openPage('/pages/index/index') });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});
