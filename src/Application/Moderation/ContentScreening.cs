using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// Every text a user publishes (review, comment, reply, nickname) passes here before it is saved: the operator's blocked
/// words refuse it, WeChat's msgSecCheck judges it (risky refuses, review holds), the operator's review words hold it.
/// When WeChat cannot be asked, the text is held rather than shown unchecked: a mini program that shows unscreened user
/// text risks suspension.
/// </summary>
public sealed class ContentScreening(IApplicationDbContext db, IContentSecurityCheck check, IOptionsMonitor<ModerationOptions> options)
{
    /// <summary>msgSecCheck v1's "content is risky" code, which some accounts still receive.</summary>
    private const int RiskyContentErrCode = 87014;

    /// <exception cref="Domain.Common.DomainException"><see cref="ModerationErrors.ContentRefusedCode"/> for refused text.</exception>
    public async Task<ScreeningResult> ScreenAsync(
        Guid authorId, ContentScene scene, string text, CancellationToken cancellationToken, string? title = null)
    {
        var words = options.CurrentValue;
        if (SensitiveWords.ContainsAny(text, words.BlockedWords) || (title is not null && SensitiveWords.ContainsAny(title, words.BlockedWords)))
        {
            throw ModerationErrors.ContentRefused();
        }

        var openId = await db.Users.Where(u => u.Id == authorId).Select(u => u.OpenId).SingleAsync(cancellationToken);
        var response = await check.CheckTextAsync(new TextCheck(openId, scene, text, title), cancellationToken);
        if (response.Failure is { } failure)
        {
            return failure.ErrCode == RiskyContentErrCode
                ? throw ModerationErrors.ContentRefused()
                : Held(ModerationHoldReason.CheckUnavailable, null);
        }

        var result = response.Value!;
        return result.Suggest switch
        {
            ContentVerdict.Risky => throw ModerationErrors.ContentRefused(),
            ContentVerdict.Review => Held(ModerationHoldReason.ContentSecurityReview, result.TraceId),
            _ when SensitiveWords.ContainsAny(text, words.ReviewWords) => Held(ModerationHoldReason.SensitiveWord, result.TraceId),
            _ => new ScreeningResult(ModerationStatus.Visible, null, result.TraceId),
        };
    }

    private static ScreeningResult Held(ModerationHoldReason reason, string? traceId) => new(ModerationStatus.Held, reason, traceId);
}
