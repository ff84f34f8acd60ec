namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>WeChat's mini-program login (<c>code2Session</c>, https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html).</summary>
public interface IWeChatAuth
{
    /// <summary>Exchanges a <c>wx.login</c> code (single use) for the user's ids and session key.</summary>
    Task<WeChatResponse<WeChatSession>> Code2SessionAsync(string code, CancellationToken cancellationToken);
}

/// <summary>The plain <paramref name="SessionKey"/> must be encrypted before it is stored and never sent to a client.</summary>
public sealed record WeChatSession(string OpenId, string? UnionId, string SessionKey);
