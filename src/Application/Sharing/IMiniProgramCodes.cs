using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Application.Sharing;

/// <summary>
/// WeChat's unlimited 小程序码 (<c>getwxacodeunlimit</c>,
/// https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html): a code
/// that opens <c>page</c> with <c>scene</c> in its query, drawn by WeChat as an image. Limited to 5,000 calls a minute.
/// </summary>
public interface IMiniProgramCodes
{
    /// <param name="page">A page of the released mini program, without a leading slash or query.</param>
    Task<WeChatResponse<MiniProgramCode>> GetUnlimitedAsync(string scene, string page, CancellationToken cancellationToken);
}

/// <param name="ContentType">image/jpeg or image/png.</param>
public sealed record MiniProgramCode(string ContentType, byte[] Content);
