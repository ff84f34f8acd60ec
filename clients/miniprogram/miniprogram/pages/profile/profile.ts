import type { AppGlobal } from '../../app';
import type { AgeBand, Gender } from '../../generated/graphql';
import { ageBandLabels, genderLabels, loadProfileForm, type ProfileForm, saveProfile } from '../../services/profile';
import { showError } from '../../ui/feedback';
import type { TapEvent } from '../../ui/events';

const choicesOf = <Value extends string>(labels: Record<Value, string>) =>
  (Object.keys(labels) as Value[]).map((value) => ({ value, label: labels[value] }));

type TextField = 'nickname' | 'occupation' | 'city';

Component({
  data: {
    form: null as ProfileForm | null,
    genders: choicesOf(genderLabels),
    ageBands: choicesOf(ageBandLabels),
    saving: false,
  },
  methods: {
    async onLoad() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        this.setData({ form: await loadProfileForm(api) });
      } catch (error) {
        showError(error);
      }
    },
    // The nickname field is type="nickname": WeChat offers the learner's WeChat nickname above the keyboard and
    // screens what is typed (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/userProfile.html).
    onTextChange(event: WechatMiniprogram.CustomEvent<{ value: string }, WechatMiniprogram.IAnyObject, { field: TextField }>) {
      this.setData({ [`form.${event.currentTarget.dataset.field}`]: event.detail.value });
    },
    chooseGender(event: TapEvent<{ value: Gender }>) {
      this.setData({ 'form.gender': event.currentTarget.dataset.value });
    },
    chooseAgeBand(event: TapEvent<{ value: AgeBand }>) {
      this.setData({ 'form.ageBand': event.currentTarget.dataset.value });
    },
    async save() {
      const { form } = this.data;
      if (form === null) {
        return;
      }
      this.setData({ saving: true });
      try {
        const { nicknameHeld } = await saveProfile(getApp<AppGlobal>().api, form);
        wx.showToast(nicknameHeld ? { title: '已保存，新昵称审核通过后展示', icon: 'none' } : { title: '已保存', icon: 'success' });
        wx.navigateBack();
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});
