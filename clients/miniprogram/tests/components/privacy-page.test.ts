import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { isDisabled, tap, textOf, textsOf } from '../support/page-actions';
import { downloadedExport, pendingDeletion, pendingExport, readyExport } from '../support/privacy-fixtures';
import { type Rendered, render } from '../support/render';

const timeZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterEach(() => {
  process.env.TZ = timeZone;
});

const consentHistory = [{ kind: 'PRIVACY_POLICY', granted: true, source: 'IOS', at: '2026-11-01T01:00:00Z', agreementVersionLabel: '2.0' }];

async function openPrivacy(server: ReturnType<typeof fakeServer>): Promise<Rendered> {
  const page = render('pages/privacy/privacy', server.api);
  await page.instance.onShow();
  return page;
}

/** A wx whose confirmation dialogs answer as `confirms()` says at the time they are shown. */
function confirmingWx(confirms: () => boolean): { showToast: ReturnType<typeof vi.fn> } {
  const showToast = vi.fn();
  installMemoryWx({
    showToast,
    showModal: ((option: WechatMiniprogram.ShowModalOption) =>
      option.success?.({ confirm: confirms(), cancel: !confirms(), content: '', errMsg: 'showModal:ok' })) as WechatMiniprogram.Wx['showModal'],
  });
  return { showToast };
}

describe('privacy page', () => {
  it('shows the requests and consents, and hands out a ready export’s one-time link to copy', async () => {
    const setClipboardData = vi.fn();
    installMemoryWx({ setClipboardData } as Partial<WechatMiniprogram.Wx>);
    const server = fakeServer({
      PrivacyCentre: () => ({ me: { id: 'u1', restrictions: [], privacyRequests: [readyExport, downloadedExport], consentHistory } }),
      CreateDataExportLink: () => ({ createDataExportLink: { link: { url: '/privacy/exports/pr2?sig=abc', expiresAt: '2026-12-03T07:34:00Z' }, errors: null } }),
    });
    const page = await openPrivacy(server);

    expect(textsOf(page, '.request')).toEqual([
      '数据导出已完成2026-12-02 09:00 申请 · 2026-12-09 09:05 前可下载一次获取下载链接',
      '数据导出已完成2026-11-01 09:00 申请 · 已于 2026-11-02 10:00 下载',
    ]);
    expect(textsOf(page, '.consent')).toEqual(['隐私政策 2.0 · 已同意2026-11-01 09:00 · IOS']);
    expect(textOf(page, '.request-export')).toBe('申请导出我的数据');
    expect(page.querySelector('.export-link')).toBeUndefined();
    expect(page.querySelector('.restriction')).toBeUndefined();

    await tap(page, '.get-link');
    expect(server.calls.at(-1)).toEqual({ operation: 'CreateDataExportLink', variables: { input: { privacyRequestId: 'pr2' } } });
    expect(textOf(page, '.link-url')).toBe('http://127.0.0.1:5080/privacy/exports/pr2?sig=abc');
    expect(textOf(page, '.link-notice')).toBe('链接仅可下载一次，2026-12-03 15:34 前有效，仅限本人登录后下载');

    await tap(page, '.copy-link');
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'http://127.0.0.1:5080/privacy/exports/pr2?sig=abc' });
  });

  it('downloads the export with the learner’s token and sends the file to a chat', async () => {
    const downloadFile = vi.fn((option: WechatMiniprogram.DownloadFileOption) =>
      option.success?.({ statusCode: 200, tempFilePath: 'wxfile://tmp/export.zip', filePath: '', profile: {} as never, errMsg: 'downloadFile:ok' }));
    const shareFileMessage = vi.fn();
    installMemoryWx({ downloadFile, shareFileMessage } as unknown as Partial<WechatMiniprogram.Wx>);
    const page = await openPrivacy(
      fakeServer({
        PrivacyCentre: () => ({ me: { id: 'u1', restrictions: [], privacyRequests: [readyExport], consentHistory: [] } }),
        CreateDataExportLink: () => ({ createDataExportLink: { link: { url: '/privacy/exports/pr2?sig=abc', expiresAt: '2026-12-03T07:34:00Z' }, errors: null } }),
      }),
    );
    expect(page.querySelector('.send-file')).toBeUndefined();

    await tap(page, '.get-link');
    await tap(page, '.download');
    expect(downloadFile).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'http://127.0.0.1:5080/privacy/exports/pr2?sig=abc', header: { Authorization: 'Bearer a' } }),
    );
    expect(page.querySelector('.export-link')).toBeUndefined();

    await tap(page, '.send-file');
    expect(shareFileMessage).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/export.zip', fileName: 'knowledgepay-data.zip' });
  });

  it('requests an export and then shows it being built, with no second request possible', async () => {
    const { showToast } = confirmingWx(() => true);
    let requests: object[] = [];
    const server = fakeServer({
      PrivacyCentre: () => ({ me: { id: 'u1', restrictions: [], privacyRequests: requests, consentHistory: [] } }),
      RequestDataExport: () => {
        requests = [pendingExport];
        return { requestDataExport: { privacyRequest: pendingExport, errors: null } };
      },
    });
    const page = await openPrivacy(server);
    expect(textOf(page, '.no-requests')).toBe('暂无申请');
    expect(textOf(page, '.no-consents')).toBe('暂无记录');

    await tap(page, '.request-export');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已提交，数据生成后会通知你' }));
    expect(textOf(page, '.request-export')).toBe('数据生成中');
    expect(isDisabled(page, '.request-export')).toBe(true);
    expect(textsOf(page, '.request')).toEqual(['数据导出生成中2026-12-03 09:00 申请 · 正在生成，完成后会通知你']);
  });

  it('asks for an account deletion only after the learner confirms the warning, then lets them cancel it', async () => {
    let confirm = false;
    const { showToast } = confirmingWx(() => confirm);
    let requests: object[] = [];
    const server = fakeServer({
      PrivacyCentre: () => ({ me: { id: 'u1', restrictions: [], privacyRequests: requests, consentHistory: [] } }),
      RequestAccountDeletion: () => {
        requests = [pendingDeletion];
        return { requestAccountDeletion: { privacyRequest: pendingDeletion, errors: null } };
      },
      CancelAccountDeletion: () => {
        requests = [{ ...pendingDeletion, status: 'CANCELLED', cancelledAt: '2026-12-03T03:00:00Z' }];
        return { cancelAccountDeletion: { privacyRequest: requests[0], errors: null } };
      },
    });
    const page = await openPrivacy(server);

    await tap(page, '.request-deletion');
    expect(server.calls.map((call) => call.operation)).not.toContain('RequestAccountDeletion');

    confirm = true;
    await tap(page, '.request-deletion');
    expect(textOf(page, '.deletion-warning')).toBe('账号将于 2026-12-18 10:00 注销，届时学习记录、资料等个人信息将被删除且无法恢复；在此之前可随时撤销');
    expect(page.querySelector('.request-deletion')).toBeUndefined();

    await tap(page, '.cancel-deletion');
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤销注销申请' }));
    expect(page.querySelector('.deletion-warning')).toBeUndefined();
    expect(textsOf(page, '.request')).toEqual(['注销账号已撤销2026-12-03 10:00 申请 · 2026-12-03 11:00 撤销']);
  });

  it('explains a refused request in the learner’s words, and what a security review holds back', async () => {
    const { showToast } = confirmingWx(() => true);
    const server = fakeServer({
      PrivacyCentre: () => ({ me: { id: 'u1', restrictions: ['NO_LEARNER_REFUNDS'], privacyRequests: [], consentHistory: [] } }),
      RequestAccountDeletion: () => ({ requestAccountDeletion: { privacyRequest: null, errors: [payloadError('PRIVACY_LAST_ADMIN')] } }),
    });
    const page = await openPrivacy(server);
    expect(textsOf(page, '.restriction')).toEqual(['账号安全审核中：退款需联系客服办理']);

    await tap(page, '.request-deletion');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该账号是最后一个管理员账号，暂不能注销' }));
    expect(page.querySelector('.deletion-warning')).toBeUndefined();
  });
});
