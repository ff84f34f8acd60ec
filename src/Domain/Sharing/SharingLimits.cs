namespace KnowledgePay.Domain.Sharing;

public static class SharingLimits
{
    /// <summary>
    /// Digits and ASCII letters: all allowed in a 小程序码's scene (at most 32 of <c>[0-9A-Za-z!#$&amp;'()*+,/:;=?@-._~]</c>,
    /// https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html) and
    /// in a URL query without escaping.
    /// </summary>
    public const string SceneAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>16 base62 characters, about 95 random bits: nobody finds another user's share by trying.</summary>
    public const int SceneLength = 16;
}
