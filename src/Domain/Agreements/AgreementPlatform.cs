namespace KnowledgePay.Domain.Agreements;

/// <summary>
/// Where the user accepted, as the mini program's <c>wx.getDeviceInfo().platform</c> names it
/// (https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html).
/// </summary>
public enum AgreementPlatform
{
    Ios,
    Android,
    Ohos,
    Windows,
    Mac,
    Devtools,
}
