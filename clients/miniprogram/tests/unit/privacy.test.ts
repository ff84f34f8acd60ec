import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cancelAccountDeletion,
  createExportLink,
  downloadExport,
  loadPrivacyCentre,
  requestAccountDeletion,
  requestDataExport,
} from '../../miniprogram/services/privacy';
import { fakeServer, payloadError } from '../support/fake-server';
import { cancelledDeletion, downloadedExport, pendingDeletion, pendingExport, readyExport } from '../support/privacy-fixtures';

const timeZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterEach(() => {
  process.env.TZ = timeZone;
});

function centreServer(privacyRequests: object[], consentHistory: object[] = [], restrictions: string[] = []) {
  return fakeServer({ PrivacyCentre: () => ({ me: { id: 'u1', restrictions, privacyRequests, consentHistory } }) });
}

describe('loadPrivacyCentre', () => {
  it('lists requests newest first with what each means for the learner', async () => {
    const { api } = centreServer([downloadedExport, cancelledDeletion, readyExport, pendingExport]);

    const centre = await loadPrivacyCentre(api);

    expect(centre.requests.map((r) => [r.title, r.status, r.detail, r.downloadable])).toEqual([
      ['数据导出', '生成中', '2026-12-03 09:00 申请 · 正在生成，完成后会通知你', false],
      ['数据导出', '已完成', '2026-12-02 09:00 申请 · 2026-12-09 09:05 前可下载一次', true],
      ['数据导出', '已完成', '2026-11-01 09:00 申请 · 已于 2026-11-02 10:00 下载', false],
      ['注销账号', '已撤销', '2026-10-01 10:00 申请 · 2026-10-02 10:00 撤销', false],
    ]);
    expect(centre.canRequestExport).toBe(false);
    expect(centre.pendingDeletion).toBeNull();
  });

  it('warns about a pending deletion with the end of its cooling-off', async () => {
    const { api } = centreServer([pendingDeletion, readyExport]);

    const centre = await loadPrivacyCentre(api);

    expect(centre.canRequestExport).toBe(true);
    expect(centre.pendingDeletion).toBe('账号将于 2026-12-18 10:00 注销，届时学习记录、资料等个人信息将被删除且无法恢复；在此之前可随时撤销');
    expect(centre.requests[0]).toMatchObject({ title: '注销账号', status: '冷静期中', detail: '2026-12-03 10:00 申请 · 2026-12-18 10:00 后注销' });
  });

  it('tells the learner what a security review holds back from their account', async () => {
    const { api } = centreServer([], [], ['NO_LEARNER_REFUNDS', 'STEP_UP_LOGIN']);

    const { restrictions } = await loadPrivacyCentre(api);

    expect(restrictions).toEqual(['账号安全审核中：退款需联系客服办理', '账号安全审核中：下次登录需验证手机号']);
  });

  it('shows the consent history newest first', async () => {
    const { api } = centreServer(
      [],
      [
        { kind: 'PERSONALISATION', granted: true, source: 'onboarding', at: '2026-11-01T01:00:00Z', agreementVersionLabel: null },
        { kind: 'PRIVACY_POLICY', granted: true, source: 'IOS', at: '2026-11-01T01:00:00Z', agreementVersionLabel: '2.0' },
        { kind: 'PERSONALISATION', granted: false, source: 'settings', at: '2026-12-01T01:00:00Z', agreementVersionLabel: null },
      ],
    );

    const { consents } = await loadPrivacyCentre(api);

    expect(consents).toEqual([
      { title: '个性化推荐 · 关闭', detail: '2026-12-01 09:00 · settings' },
      { title: '隐私政策 2.0 · 已同意', detail: '2026-11-01 09:00 · IOS' },
      { title: '个性化推荐 · 开启', detail: '2026-11-01 09:00 · onboarding' },
    ]);
  });
});

describe('privacy requests', () => {
  it('refuses a second export while one is pending, in the learner’s words', async () => {
    const { api } = fakeServer({ RequestDataExport: () => ({ requestDataExport: { privacyRequest: null, errors: [payloadError('PRIVACY_REQUEST_ALREADY_PENDING')] } }) });

    await expect(requestDataExport(api)).rejects.toThrow('你已有一个同类申请在处理中，请等待处理完成');
  });

  it('returns the cooling-off warning of a new deletion request, and cancels it', async () => {
    const { api, calls } = fakeServer({
      RequestAccountDeletion: () => ({ requestAccountDeletion: { privacyRequest: pendingDeletion, errors: null } }),
      CancelAccountDeletion: () => ({ cancelAccountDeletion: { privacyRequest: { ...pendingDeletion, status: 'CANCELLED' }, errors: null } }),
    });

    expect(await requestAccountDeletion(api)).toContain('账号将于 2026-12-18 10:00 注销');
    await cancelAccountDeletion(api);

    expect(calls.map((call) => call.operation)).toEqual(['RequestAccountDeletion', 'CancelAccountDeletion']);
  });

  it('refuses to cancel when no deletion is pending', async () => {
    const { api } = fakeServer({
      CancelAccountDeletion: () => ({ cancelAccountDeletion: { privacyRequest: null, errors: [payloadError('PRIVACY_NO_PENDING_ACCOUNT_DELETION')] } }),
    });

    await expect(cancelAccountDeletion(api)).rejects.toThrow('没有待撤销的注销申请');
  });
});

describe('createExportLink', () => {
  it('makes the API’s relative link absolute and says it works once until it expires', async () => {
    const { api, calls } = fakeServer({
      CreateDataExportLink: () => ({ createDataExportLink: { link: { url: '/privacy/exports/pr2?sig=abc', expiresAt: '2026-12-03T07:34:00Z' }, errors: null } }),
    });

    const link = await createExportLink(api, 'pr2', 'https://api.example.com/graphql');

    expect(calls[0].variables).toEqual({ input: { privacyRequestId: 'pr2' } });
    expect(link).toEqual({ url: 'https://api.example.com/privacy/exports/pr2?sig=abc', notice: '链接仅可下载一次，2026-12-03 15:34 前有效' });
  });

  it('tells the learner to ask again for an export already downloaded', async () => {
    const { api } = fakeServer({
      CreateDataExportLink: () => ({ createDataExportLink: { link: null, errors: [payloadError('PRIVACY_EXPORT_ALREADY_DOWNLOADED')] } }),
    });

    await expect(createExportLink(api, 'pr3', 'http://127.0.0.1:5080/graphql')).rejects.toThrow('只能下载一次');
  });
});

describe('downloadExport', () => {
  const link = { url: 'https://api.example.com/privacy/exports/pr2?sig=abc', notice: '' };

  it('downloads with the learner’s own token and answers the file', async () => {
    const { api } = fakeServer({});
    const headers: Record<string, string>[] = [];

    const file = await downloadExport(api, link, async (_url, header) => {
      headers.push(header);
      return { statusCode: 200, filePath: 'wxfile://tmp/export.zip' };
    });

    expect(file).toBe('wxfile://tmp/export.zip');
    expect(headers).toEqual([{ Authorization: 'Bearer a' }]);
  });

  it('tells the learner a used or expired link needs a new one', async () => {
    const { api } = fakeServer({});

    await expect(downloadExport(api, link, async () => ({ statusCode: 410, filePath: '' }))).rejects.toThrow('下载链接已使用或已失效');
  });
});
