import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryWx } from '../support/memory-wx';

interface AppOptions {
  api: unknown;
  onLaunch(options: object): void;
  onShow(options: { query: Record<string, string> }): void;
  onPageNotFound(result: { path: string; query: Record<string, string>; isEntryPage: boolean }): void;
}

interface SentRequest {
  operation: string;
  variables: Record<string, unknown>;
  authorization: string | undefined;
}

const answers: Record<string, object> = {
  Login: { login: { accessToken: 'a1', accessTokenExpiresAt: '', refreshToken: 'r1', refreshTokenExpiresAt: '', errors: null } },
  EnterThroughShare: { openSharedLink: { openedShare: { shareId: 's1', courseId: 'c1', firstVisit: true }, errors: null } },
  BindInvitation: { bindReferrer: { binding: { promoterCode: 'ABCD1234' }, errors: null } },
};

/** Loads app.ts afresh as WeChat would, against a wx whose requests the answers above serve. */
async function launchApp() {
  const sent: SentRequest[] = [];
  const wx = installMemoryWx({
    login: ((options: { success: (result: { code: string }) => void }) => options.success({ code: 'wx-code' })) as never,
    request: ((options: { data: { query?: string; variables: Record<string, unknown> }; header: Record<string, string>; success: (r: object) => void }) => {
      if (options.data.query === undefined) {
        // A server that has not seen the document yet asks for it (automatic persisted queries).
        const unknownHash = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
        setTimeout(() => options.success({ statusCode: 200, data: unknownHash }), 1);
        return;
      }
      const operation = /^\s*(?:query|mutation)\s+(\w+)/m.exec(options.data.query)?.[1] ?? '';
      sent.push({ operation, variables: options.data.variables, authorization: options.header.Authorization });
      setTimeout(() => options.success({ statusCode: 200, data: { data: answers[operation] } }), 1);
    }) as never,
    reLaunch: vi.fn(),
  });
  let app: AppOptions | undefined;
  (globalThis as unknown as { App: (options: AppOptions) => void }).App = (options) => {
    app = options;
  };
  vi.resetModules();
  await import('../../miniprogram/app');
  return { app: app as AppOptions, wx, sent };
}

describe('entering the app through a share', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('signs in first, then records the share visit once and opens the course a scanned 小程序码 names', async () => {
    const { app, wx, sent } = await launchApp();

    app.onLaunch({ path: 'pages/index/index', query: { scene: 'aB3x' } });
    app.onShow({ query: { scene: 'aB3x' } });
    await vi.waitFor(() => expect(wx.reLaunch).toHaveBeenCalled());

    expect(sent.map((request) => request.operation)).toEqual(['Login', 'EnterThroughShare']);
    expect(sent[1]).toEqual({ operation: 'EnterThroughShare', variables: { input: { scene: 'aB3x' } }, authorization: 'Bearer a1' });
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/course/course?id=c1' });
  });

  it('stays on the course page a share card opened, and binds an invitation brought by a later show', async () => {
    const { app, wx, sent } = await launchApp();

    app.onLaunch({});
    app.onShow({ query: { id: 'c1', scene: 'aB3x' } });
    app.onShow({ query: { promoter: 'ABCD1234' } });
    await vi.waitFor(() => expect(sent).toHaveLength(3));

    expect(sent.map((request) => request.operation).sort()).toEqual(['BindInvitation', 'EnterThroughShare', 'Login']);
    expect(wx.reLaunch).not.toHaveBeenCalled();
  });

  it('sends the server’s share path (pages/course/detail) to the course page', async () => {
    const { app, wx } = await launchApp();

    app.onPageNotFound({ path: 'pages/course/detail', query: { id: 'c1', scene: 'aB3x' }, isEntryPage: true });

    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/course/course?id=c1&scene=aB3x' });
  });
});
