using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews;

/// <summary>Reviews written (with the answer to each), replies written, and reviews voted helpful.</summary>
[PersonalDataOf(typeof(Review), typeof(ReviewReply), typeof(ReviewHelpfulVote))]
internal sealed class ReviewsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "reviews";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        reviews = await db.Reviews.AsNoTracking().Where(r => r.UserId == userId).Select(r => new
        {
            r.Id,
            r.CourseId,
            r.Stars,
            r.Text,
            r.Status,
            r.HelpfulCount,
            r.CreatedAt,
            r.EditedAt,

            // The creator's answer to the user, without the reply's own record, which is its author's data.
            Reply = r.Reply == null ? null : new { r.Reply.Text, r.Reply.CreatedAt },
        }).ToListAsync(cancellationToken),
        replies = await db.Reviews.AsNoTracking().Where(r => r.Reply != null && r.Reply.AuthorId == userId).Select(r => r.Reply!).ToListAsync(cancellationToken),
        helpfulVotes = await db.ReviewHelpfulVotes.AsNoTracking().Where(v => v.UserId == userId).ToListAsync(cancellationToken),
    };
}
