import { describe, expect, it } from 'vitest';
import { simulatorLoginCode } from '../../miniprogram/api/simulator-login';
import { installMemoryWx } from '../support/memory-wx';

type RequestOptions = { url: string; data: unknown; success: (response: { statusCode: number; data: unknown }) => void };

describe('simulatorLoginCode', () => {
  it("asks the server's embedded simulator for a login code of the configured openid", async () => {
    const sent: RequestOptions[] = [];
    installMemoryWx({
      request: ((options: RequestOptions) => {
        sent.push(options);
        options.success({ statusCode: 200, data: { openid: 'o_devtools', loginCode: 'code-1' } });
      }) as unknown as WechatMiniprogram.Wx['request'],
    });

    const code = await simulatorLoginCode('http://127.0.0.1:5080/graphql', 'o_devtools')();

    expect(code).toBe('code-1');
    expect(sent[0].url).toBe('http://127.0.0.1:5080/wechat-sim/__sim/users');
    expect(sent[0].data).toEqual({ openid: 'o_devtools' });
  });

  it('fails when the server has no simulator (a production server)', async () => {
    installMemoryWx({
      request: ((options: RequestOptions) => options.success({ statusCode: 404, data: '' })) as unknown as WechatMiniprogram.Wx['request'],
    });

    await expect(simulatorLoginCode('https://api.example.com/graphql', 'o_devtools')()).rejects.toThrow('404');
  });
});
