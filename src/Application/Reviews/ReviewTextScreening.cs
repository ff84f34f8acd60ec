using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Reviews;

internal static class ReviewTextScreening
{
    private static readonly ScreeningResult Unscreened = new(ModerationStatus.Visible, null, null);

    /// <summary>Screens review or reply text as a comment (msgSecCheck scene 2); a rating without words needs no check.</summary>
    public static Task<ScreeningResult> ScreenReviewTextAsync(
        this ContentScreening screening, Guid authorId, string? text, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text)
            ? Task.FromResult(Unscreened)
            : screening.ScreenAsync(authorId, ContentScene.Comment, text.Trim(), cancellationToken);
}
