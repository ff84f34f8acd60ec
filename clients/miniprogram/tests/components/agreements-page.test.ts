import { describe, expect, it, vi } from 'vitest';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { isDisabled, tap, textOf, textsOf } from '../support/page-actions';
import { privacyPolicy, userAgreement } from '../support/privacy-fixtures';
import { type Rendered, render } from '../support/render';

async function openAgreements(server: ReturnType<typeof fakeServer>): Promise<Rendered> {
  const page = render('pages/agreements/agreements', server.api);
  await page.instance.onLoad();
  return page;
}

function agreementsServer(accept: () => object = () => ({ acceptAgreement: { acceptance: { id: 'a1', acceptedAt: '2026-12-03T01:00:00Z' }, errors: null } })) {
  return fakeServer({
    AgreementsToAccept: () => ({ me: { id: 'u1', agreementsToAccept: [privacyPolicy, userAgreement] } }),
    AcceptAgreement: accept,
  });
}

describe('agreements page', () => {
  it('shows each version to accept with its text or a link to it, and accepting all goes back', async () => {
    const navigateBack = vi.fn();
    const showToast = vi.fn();
    installMemoryWx({ navigateBack, showToast, getDeviceInfo: () => ({ platform: 'android' }) } as unknown as Partial<WechatMiniprogram.Wx>);
    const server = agreementsServer();
    const page = await openAgreements(server);

    expect(textsOf(page, '.agreement-title')).toEqual(['《隐私政策》', '《用户协议》']);
    expect(textsOf(page, '.agreement-version')[0]).toMatch(/^隐私政策 · 版本 2\.0 · 2026-12-0\d 起生效$/);
    expect(textOf(page, '.agreement-body')).toBe('我们如何处理你的个人信息……');
    expect(textOf(page, '.agreement-link')).toBe('复制全文链接');
    await tap(page, '.accept');

    const accepted = server.calls.filter((call) => call.operation === 'AcceptAgreement').map((call) => call.variables.input);
    expect(accepted).toEqual([
      { versionId: 'av2', platform: 'ANDROID', clientVersion: null },
      { versionId: 'av7', platform: 'ANDROID', clientVersion: null },
    ]);
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已同意' }));
    expect(navigateBack).toHaveBeenCalled();
  });

  it('copies the link of a version published elsewhere', async () => {
    const setClipboardData = vi.fn();
    installMemoryWx({ setClipboardData } as Partial<WechatMiniprogram.Wx>);
    const page = await openAgreements(agreementsServer());

    await tap(page, '.agreement-link');

    expect(setClipboardData).toHaveBeenCalledWith({ data: 'https://example.com/terms/3.1' });
  });

  it('stays on the page and explains a refused acceptance', async () => {
    const navigateBack = vi.fn();
    const showToast = vi.fn();
    installMemoryWx({ navigateBack, showToast } as Partial<WechatMiniprogram.Wx>);
    const page = await openAgreements(agreementsServer(() => ({ acceptAgreement: { acceptance: null, errors: [payloadError('AGREEMENT_VERSION_SUPERSEDED')] } })));

    await tap(page, '.accept');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '协议已有新版本，请阅读新版本后再同意' }));
    expect(navigateBack).not.toHaveBeenCalled();
    expect(isDisabled(page, '.accept')).toBe(false);
  });

  it('tells a learner who is up to date so', async () => {
    const page = await openAgreements(fakeServer({ AgreementsToAccept: () => ({ me: { id: 'u1', agreementsToAccept: [] } }) }));

    expect(textOf(page, '.up-to-date')).toBe('你已同意最新版本的协议');
    expect(page.querySelector('.accept')).toBeUndefined();
  });
});
