let platform: string | null | undefined;

/**
 * The platform WeChat reports for this phone (wx.getDeviceInfo().platform: ios, android, ohos, windows, mac, devtools;
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html), read once; null where there
 * is no such API (an old base library, or Node in the end-to-end test).
 */
export function wxPlatform(): string | null {
  platform ??= typeof wx.getDeviceInfo === 'function' ? wx.getDeviceInfo().platform : null;
  return platform;
}

/**
 * The WeChat client's version (wx.getAppBaseInfo().version,
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html); null where there is no such
 * API.
 */
export function wxClientVersion(): string | null {
  return typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo().version : null;
}
