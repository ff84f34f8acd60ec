using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Domain.Privacy;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy;

/// <summary>Taking a privacy request idempotently: while one of the kind is pending, asking again returns that one.</summary>
internal static class PrivacyRequestSubmission
{
    /// <summary>
    /// The unique index on a user's pending request of each kind decides between two submits racing: the loser's insert
    /// conflicts, and its command (<see cref="IRetryOnConflict"/>) runs again and returns the winner's request.
    /// </summary>
    public static async Task<PrivacyRequestDto> SubmitOnceAsync(
        this IApplicationDbContext db, Guid userId, PrivacyRequestKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.PendingAsync(userId, kind, cancellationToken);
        if (pending is null)
        {
            pending = PrivacyRequest.Submit(userId, kind, now);
            db.PrivacyRequests.Add(pending);
            await db.SaveChangesAsync(cancellationToken);
        }

        return pending.Adapt<PrivacyRequestDto>();
    }

    public static Task<PrivacyRequest?> PendingAsync(
        this IApplicationDbContext db, Guid userId, PrivacyRequestKind kind, CancellationToken cancellationToken) =>
        db.PrivacyRequests.SingleOrDefaultAsync(
            r => r.UserId == userId && r.Kind == kind && r.Status == PrivacyRequestStatus.Pending, cancellationToken);
}
