/**
 * Where the API is. WeChat DevTools on the same machine reaches `dotnet run` at the address it printed (tick
 * “不校验合法域名” in DevTools' local settings for plain http); a release build needs an https domain registered in
 * the mini program's admin console (request 合法域名).
 */
export const apiEndpoint = 'http://127.0.0.1:5080/graphql';

/**
 * Development only: log in as this openid through the local server's embedded WeChat simulator (see
 * api/simulator-login.ts), e.g. 'o_devtools'. Keep it null for a build against real WeChat.
 */
export const simulatedLoginOpenId: string | null = null;
