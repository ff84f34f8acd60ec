import { throwIfErrors } from '../api/errors';
import { wxClientVersion, wxPlatform } from '../api/platform';
import { AcceptAgreementDocument, type AgreementKind, type AgreementPlatform, AgreementsToAcceptDocument } from '../generated/graphql';
import { formatDay } from '../ui/format';
import type { Api } from './api';

export interface AgreementView {
  versionId: string;
  /** 用户协议 or 隐私政策 */
  kindLabel: string;
  title: string;
  /** e.g. 版本 2.1 · 2026-12-01 起生效 */
  version: string;
  /** The full text when published in the API, else null and `url` says where it is. */
  body: string | null;
  url: string | null;
}

const kindLabels: Record<AgreementKind, string> = { USER_AGREEMENT: '用户协议', PRIVACY_POLICY: '隐私政策' };

const platforms: Record<string, AgreementPlatform> = {
  ios: 'IOS',
  android: 'ANDROID',
  ohos: 'OHOS',
  windows: 'WINDOWS',
  mac: 'MAC',
  devtools: 'DEVTOOLS',
};

/** The agreement versions the learner still has to accept; empty when they are up to date. */
export async function loadAgreementsToAccept(api: Api): Promise<AgreementView[]> {
  const { me } = await api.client.request(AgreementsToAcceptDocument, {});
  return (me?.agreementsToAccept ?? []).map((version) => ({
    versionId: version.id,
    kindLabel: kindLabels[version.kind],
    title: version.title,
    version: `版本 ${version.versionLabel} · ${formatDay(version.effectiveAt)} 起生效`,
    body: version.body ?? null,
    url: version.url ?? null,
  }));
}

/**
 * Accepts each version, recording the platform WeChat reports (a platform the API does not name, or none in Node,
 * counts as DEVTOOLS). Accepting a version twice keeps the first acceptance, so a retry after a failure is safe.
 */
export async function acceptAgreements(api: Api, versionIds: readonly string[]): Promise<void> {
  const platform = platforms[wxPlatform() ?? ''] ?? 'DEVTOOLS';
  const clientVersion = wxClientVersion()?.slice(0, 32) ?? null;
  for (const versionId of versionIds) {
    const { acceptAgreement } = await api.client.request(AcceptAgreementDocument, { input: { versionId, platform, clientVersion } });
    throwIfErrors(acceptAgreement.errors);
  }
}
