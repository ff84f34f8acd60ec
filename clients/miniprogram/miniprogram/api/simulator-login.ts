import type { LoginCodeSource } from './auth';

/**
 * Development only: wx.login played by the server's embedded WeChat simulator. A Development server checks login
 * codes with that simulator, which knows only the codes it minted, so the code DevTools' wx.login returns is refused;
 * this asks the simulator (POST /wechat-sim/__sim/users) for a code of <openid> instead. Never mapped in production.
 */
export function simulatorLoginCode(apiEndpoint: string, openid: string): LoginCodeSource {
  const url = apiEndpoint.replace(/\/graphql$/, '/wechat-sim/__sim/users');
  return () =>
    new Promise((resolve, reject) => {
      wx.request({
        url,
        method: 'POST',
        data: { openid },
        header: { 'Content-Type': 'application/json' },
        dataType: 'json',
        success: (response) => {
          const loginCode = (response.data as { loginCode?: string } | null)?.loginCode;
          if (response.statusCode === 200 && loginCode) {
            resolve(loginCode);
          } else {
            reject(new Error(`The WeChat simulator answered ${response.statusCode}`));
          }
        },
        fail: (error) => reject(new Error(error.errMsg)),
      });
    });
}
