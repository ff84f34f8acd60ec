import type { AppGlobal } from '../../app';
import { apiEndpoint } from '../../config';
import {
  cancelAccountDeletion,
  createExportLink,
  downloadExport,
  type ExportLinkView,
  loadPrivacyCentre,
  type PrivacyCentreView,
  requestAccountDeletion,
  requestDataExport,
} from '../../services/privacy';
import { confirmWith } from '../../ui/confirm';
import { showError } from '../../ui/feedback';
import type { TapEvent } from '../../ui/events';

Component({
  data: { centre: null as PrivacyCentreView | null, link: null as ExportLinkView | null, filePath: '', busy: false },
  methods: {
    // onShow: an export finishes in the background while the learner is away.
    async onShow() {
      await this.reload();
    },
    async reload() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        this.setData({ centre: await loadPrivacyCentre(api) });
      } catch (error) {
        showError(error);
      }
    },
    /** Runs one request of the learner's, then shows the centre as it now stands. */
    async act(action: () => Promise<unknown>, done: string) {
      this.setData({ busy: true });
      try {
        await action();
        wx.showToast({ title: done, icon: 'none', duration: 2500 });
        await this.reload();
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ busy: false });
      }
    },
    async requestExport() {
      const { api } = getApp<AppGlobal>();
      await this.act(() => requestDataExport(api), '已提交，数据生成后会通知你');
    },
    async requestDeletion() {
      const confirmed = await confirmWith(
        '注销账号',
        '注销后，你的账号、学习记录和个人资料将被删除且无法恢复，已购课程也将无法再学习。提交后有一段冷静期，期间可随时撤销。',
        '确认注销',
      );
      if (confirmed) {
        const { api } = getApp<AppGlobal>();
        await this.act(() => requestAccountDeletion(api), '已提交注销申请');
      }
    },
    async cancelDeletion() {
      const { api } = getApp<AppGlobal>();
      await this.act(() => cancelAccountDeletion(api), '已撤销注销申请');
    },
    async getLink(event: TapEvent<{ id: string }>) {
      const { api } = getApp<AppGlobal>();
      try {
        this.setData({ link: await createExportLink(api, event.currentTarget.dataset.id, apiEndpoint), filePath: '' });
      } catch (error) {
        showError(error);
      }
    },
    async download() {
      if (this.data.link === null) {
        return;
      }
      this.setData({ busy: true });
      try {
        this.setData({ filePath: await downloadExport(getApp<AppGlobal>().api, this.data.link), link: null });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ busy: false });
      }
    },
    // A mini program cannot save a zip where the learner finds it; sending it to a chat (e.g. 文件传输助手) can. WeChat
    // wants this called from the tap itself, hence a separate tap after the download
    // (https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html).
    sendFile() {
      wx.shareFileMessage({ filePath: this.data.filePath, fileName: 'knowledgepay-data.zip' });
    },
    // https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
    copyLink() {
      if (this.data.link !== null) {
        wx.setClipboardData({ data: this.data.link.url });
      }
    },
  },
});
