using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Moderation;

internal static class ModerationCaseQueries
{
    /// <summary>The content's open case, if any (at most one, by a unique index).</summary>
    public static Task<ModerationCase?> OpenForAsync(
        this DbSet<ModerationCase> cases, ModeratedContentKind kind, Guid contentId, CancellationToken cancellationToken) =>
        cases.SingleOrDefaultAsync(
            c => c.Kind == kind && c.ContentId == contentId && c.Status == ModerationCaseStatus.Open, cancellationToken);
}
