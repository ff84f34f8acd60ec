import { ApiError, NETWORK_LOST, SESSION_ENDED, throwIfErrors, userMessage } from '../api/errors';
import {
  CancelAccountDeletionDocument,
  type ConsentKind,
  CreateDataExportLinkDocument,
  PrivacyCentreDocument,
  type PrivacyRequestFieldsFragment,
  type RiskRestriction,
  RequestAccountDeletionDocument,
  RequestDataExportDocument,
} from '../generated/graphql';
import { dateTimeOf } from '../ui/format';
import type { Api } from './api';

export interface PrivacyRequestView {
  id: string;
  /** 数据导出 or 注销账号 */
  title: string;
  /** e.g. 已完成 */
  status: string;
  /** What the learner should know about it, e.g. when it was asked for and what happens next. */
  detail: string;
  /** A ready export whose one-time link can be made now. */
  downloadable: boolean;
}

export interface ConsentView {
  /** e.g. 个性化推荐 · 开启 */
  title: string;
  /** e.g. 2026-12-03 15:04 · onboarding */
  detail: string;
}

export interface PrivacyCentreView {
  /** False while an export is being built: one pending request of a kind at a time. */
  canRequestExport: boolean;
  /** The pending deletion's warning with the end of its cooling-off; null when none is pending. */
  pendingDeletion: string | null;
  /** Newest first. */
  requests: PrivacyRequestView[];
  /** Newest first. */
  consents: ConsentView[];
  /** What a security review currently holds back from the account, in the learner's words; usually empty. */
  restrictions: string[];
}

export interface ExportLinkView {
  url: string;
  /** e.g. 链接仅可下载一次，2026-12-03 15:34 前有效 */
  notice: string;
}

type PrivacyRequest = PrivacyRequestFieldsFragment;

const consentLabels: Record<ConsentKind, string> = {
  PERSONALISATION: '个性化推荐',
  MARKETING: '营销消息',
  USER_AGREEMENT: '用户协议',
  PRIVACY_POLICY: '隐私政策',
};

const restrictionLabels: Record<RiskRestriction, string | null> = {
  NONE: null,
  NO_LEARNER_REFUNDS: '账号安全审核中：退款需联系客服办理',
  STEP_UP_LOGIN: '账号安全审核中：下次登录需验证手机号',
};

/** The learner's privacy requests and consent history, as the privacy centre shows them. */
export async function loadPrivacyCentre(api: Api): Promise<PrivacyCentreView> {
  const { me } = await api.client.request(PrivacyCentreDocument, {});
  const requests = [...(me?.privacyRequests ?? [])].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  const pending = (kind: PrivacyRequest['kind']) => requests.find((request) => request.kind === kind && request.status === 'PENDING');
  const deletion = pending('ACCOUNT_DELETION');
  return {
    canRequestExport: pending('DATA_EXPORT') === undefined,
    pendingDeletion: deletion === undefined ? null : deletionWarning(deletion),
    requests: requests.map(requestView),
    restrictions: (me?.restrictions ?? []).flatMap((restriction) => restrictionLabels[restriction] ?? []),
    consents: [...(me?.consentHistory ?? [])].reverse().map((change) => ({
      title: `${consentLabels[change.kind]}${change.agreementVersionLabel ? ` ${change.agreementVersionLabel}` : ''} · ${consentVerb(change.kind, change.granted)}`,
      detail: `${dateTimeOf(change.at)} · ${change.source}`,
    })),
  };
}

/** Asks for a copy of the learner's data; it is built in the background and shows up as a request. */
export async function requestDataExport(api: Api): Promise<void> {
  const { requestDataExport: payload } = await api.client.request(RequestDataExportDocument, {});
  throwIfErrors(payload.errors);
}

/** Asks for the account to be erased once the cooling-off is over; returns the warning with its end date. */
export async function requestAccountDeletion(api: Api): Promise<string> {
  const { requestAccountDeletion: payload } = await api.client.request(RequestAccountDeletionDocument, {});
  throwIfErrors(payload.errors);
  return deletionWarning(payload.privacyRequest as PrivacyRequest);
}

/** Withdraws the pending account deletion during its cooling-off. */
export async function cancelAccountDeletion(api: Api): Promise<void> {
  const { cancelAccountDeletion: payload } = await api.client.request(CancelAccountDeletionDocument, {});
  throwIfErrors(payload.errors);
}

/**
 * The one-time download link of a ready export, absolute against the API's origin (`apiEndpoint`, as config.ts
 * names it), since the API answers it relative.
 */
export async function createExportLink(api: Api, privacyRequestId: string, apiEndpoint: string): Promise<ExportLinkView> {
  const { createDataExportLink: payload } = await api.client.request(CreateDataExportLinkDocument, { input: { privacyRequestId } });
  throwIfErrors(payload.errors);
  const link = payload.link as NonNullable<typeof payload.link>;
  return {
    url: `${originOf(apiEndpoint)}${link.url}`,
    notice: `链接仅可下载一次，${dateTimeOf(link.expiresAt)} 前有效`,
  };
}

/** e.g. https://api.example.com for https://api.example.com/graphql (no URL class in the mini program's typings). */
/** Downloads `url` with `header` to a local file and answers its HTTP status and temporary path (wx.downloadFile). */
export type FileDownloader = (url: string, header: Record<string, string>) => Promise<{ statusCode: number; filePath: string }>;

// https://developers.weixin.qq.com/miniprogram/dev/api/network/download/wx.downloadFile.html
export const wxFileDownloader: FileDownloader = (url, header) =>
  new Promise((resolve, reject) => {
    wx.downloadFile({
      url,
      header,
      success: (result) => resolve({ statusCode: result.statusCode, filePath: result.tempFilePath }),
      fail: () => reject(new ApiError(NETWORK_LOST, userMessage(NETWORK_LOST))),
    });
  });

/**
 * Downloads the export behind a one-time link into a local file, with the learner's own token: the API serves it to
 * its user alone, so a link opened in a browser is refused. This uses the link up; a 410 means it was used before.
 */
export async function downloadExport(api: Api, link: ExportLinkView, download: FileDownloader = wxFileDownloader): Promise<string> {
  const tokens = api.session.current();
  const { statusCode, filePath } = await download(link.url, tokens === null ? {} : { Authorization: `Bearer ${tokens.accessToken}` });
  if (statusCode === 200) {
    return filePath;
  }
  if (statusCode === 401) {
    throw new ApiError(SESSION_ENDED, userMessage(SESSION_ENDED));
  }
  // 410: downloaded already or past retention; 403: the link expired. Either way only a new export helps.
  throw new ApiError('PRIVACY_EXPORT_GONE', '下载链接已使用或已失效，请重新获取或重新申请导出');
}

function originOf(endpoint: string): string {
  return /^[a-z]+:\/\/[^/]+/i.exec(endpoint)?.[0] ?? '';
}

function deletionWarning(deletion: PrivacyRequest): string {
  const until = deletion.erasableAt ? dateTimeOf(deletion.erasableAt) : '冷静期结束';
  return `账号将于 ${until} 注销，届时学习记录、资料等个人信息将被删除且无法恢复；在此之前可随时撤销`;
}

function consentVerb(kind: ConsentKind, granted: boolean): string {
  if (kind === 'USER_AGREEMENT' || kind === 'PRIVACY_POLICY') {
    return '已同意';
  }
  return granted ? '开启' : '关闭';
}

function requestView(request: PrivacyRequest): PrivacyRequestView {
  const isExport = request.kind === 'DATA_EXPORT';
  return {
    id: request.id,
    title: isExport ? '数据导出' : '注销账号',
    status: { PENDING: isExport ? '生成中' : '冷静期中', COMPLETED: '已完成', CANCELLED: '已撤销' }[request.status],
    detail: requestDetail(request),
    downloadable: request.export?.downloadable ?? false,
  };
}

function requestDetail(request: PrivacyRequest): string {
  const asked = `${dateTimeOf(request.requestedAt)} 申请`;
  if (request.status === 'CANCELLED') {
    return `${asked} · ${dateTimeOf(request.cancelledAt ?? request.requestedAt)} 撤销`;
  }
  if (request.kind === 'ACCOUNT_DELETION') {
    return request.status === 'PENDING' && request.erasableAt ? `${asked} · ${dateTimeOf(request.erasableAt)} 后注销` : asked;
  }
  const ready = request.export;
  if (ready === null || ready === undefined) {
    return `${asked} · 正在生成，完成后会通知你`;
  }
  if (ready.downloadedAt) {
    return `${asked} · 已于 ${dateTimeOf(ready.downloadedAt)} 下载`;
  }
  return ready.downloadable ? `${asked} · ${dateTimeOf(ready.expiresAt)} 前可下载一次` : `${asked} · 已过期，可重新申请`;
}
