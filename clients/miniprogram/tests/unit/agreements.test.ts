import { expect, it } from 'vitest';
import { acceptAgreements, loadAgreementsToAccept } from '../../miniprogram/services/agreements';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { privacyPolicy, userAgreement } from '../support/privacy-fixtures';

it('lists the versions to accept with their kind, version and where the full text is', async () => {
  const { api } = fakeServer({ AgreementsToAccept: () => ({ me: { id: 'u1', agreementsToAccept: [privacyPolicy, userAgreement] } }) });

  const agreements = await loadAgreementsToAccept(api);

  expect(agreements.map((a) => [a.versionId, a.kindLabel, a.title, a.body, a.url])).toEqual([
    ['av2', '隐私政策', '隐私政策', '我们如何处理你的个人信息……', null],
    ['av7', '用户协议', '用户协议', null, 'https://example.com/terms/3.1'],
  ]);
  expect(agreements[1].version).toMatch(/^版本 3\.1 · 2026-11-2\d 起生效$/);
});

it('accepts each version with the platform and client version WeChat reports', async () => {
  installMemoryWx({
    getDeviceInfo: () => ({ platform: 'ios' }),
    getAppBaseInfo: () => ({ version: '8.0.50' }),
  } as unknown as Partial<WechatMiniprogram.Wx>);
  const { api, calls } = fakeServer({ AcceptAgreement: () => ({ acceptAgreement: { acceptance: { id: 'a1', acceptedAt: '2026-12-03T01:00:00Z' }, errors: null } }) });

  await acceptAgreements(api, ['av2', 'av7']);

  expect(calls.map((call) => call.variables)).toEqual([
    { input: { versionId: 'av2', platform: 'IOS', clientVersion: '8.0.50' } },
    { input: { versionId: 'av7', platform: 'IOS', clientVersion: '8.0.50' } },
  ]);
});

it('stops at a version that was superseded and says so in the learner’s words', async () => {
  const { api, calls } = fakeServer({ AcceptAgreement: () => ({ acceptAgreement: { acceptance: null, errors: [payloadError('AGREEMENT_VERSION_SUPERSEDED')] } }) });

  await expect(acceptAgreements(api, ['av2', 'av7'])).rejects.toThrow('协议已有新版本，请阅读新版本后再同意');
  expect(calls).toHaveLength(1);
});
