using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// WeChat's text content-security check, msgSecCheck v2
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html): the text is
/// judged for the user who wrote it (their openid, active in the mini program in the last two hours) and the scene it
/// appears in.
/// </summary>
public interface IContentSecurityCheck
{
    Task<WeChatResponse<TextCheckResult>> CheckTextAsync(TextCheck check, CancellationToken cancellationToken);
}

/// <param name="Title">The title the text belongs under, when there is one (WeChat checks it with the content).</param>
public sealed record TextCheck(string OpenId, ContentScene Scene, string Content, string? Title = null);

/// <param name="Label">WeChat's label for the main finding: 100 normal, 10001 advertising, 20001 politics, 20002 porn,
/// 20003 abuse, 20006 crime, 20008 fraud, 20012 vulgar, 20013 copyright, 21000 other.</param>
/// <param name="TraceId">WeChat's id for this check, kept with the decision for appeals.</param>
public sealed record TextCheckResult(ContentVerdict Suggest, int Label, string TraceId);
