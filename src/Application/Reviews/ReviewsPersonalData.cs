using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Reviews;

/// <summary>Reviews written (with any reply), replies written, and reviews voted helpful.</summary>
[PersonalDataOf(typeof(Review), typeof(ReviewReply), typeof(ReviewHelpfulVote))]
internal sealed class ReviewsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "reviews";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        reviews = await db.Reviews.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken),
        replies = await db.Reviews.AsNoTracking().Where(r => r.Reply != null && r.Reply.AuthorId == userId).Select(r => r.Reply!).ToListAsync(cancellationToken),
        helpfulVotes = await db.ReviewHelpfulVotes.AsNoTracking().Where(v => v.UserId == userId).ToListAsync(cancellationToken),
    };
}
