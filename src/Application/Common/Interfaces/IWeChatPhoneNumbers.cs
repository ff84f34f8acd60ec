namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>WeChat's phone-number API (<c>getPhoneNumber</c>, https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-info/phone-number/getPhoneNumber.html).</summary>
public interface IWeChatPhoneNumbers
{
    /// <summary>Exchanges the code of the mini program's phone button; WeChat checks it belongs to <paramref name="openId"/>.</summary>
    Task<WeChatResponse<WeChatPhoneNumber>> GetPhoneNumberAsync(string code, string openId, CancellationToken cancellationToken);
}

/// <summary><paramref name="PhoneNumber"/> carries the country code for numbers outside the mainland.</summary>
public sealed record WeChatPhoneNumber(string PhoneNumber, string PurePhoneNumber, string CountryCode);
