using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Domain.Privacy;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy;

/// <summary>Taking a privacy request: one of each kind may be pending at a time; asking again meanwhile is refused.</summary>
internal static class PrivacyRequestSubmission
{
    /// <summary>
    /// The unique index on a user's pending request of each kind decides between two submits racing: the loser's insert
    /// conflicts, and its command (<see cref="IRetryOnConflict"/>) runs again and finds the winner's request pending.
    /// </summary>
    /// <exception cref="Domain.Common.DomainException">PRIVACY_REQUEST_ALREADY_PENDING.</exception>
    public static async Task<PrivacyRequestDto> SubmitOnceAsync(
        this IApplicationDbContext db, Guid userId, PrivacyRequestKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.PendingAsync(userId, kind, cancellationToken) is not null)
        {
            throw PrivacyRequestErrors.AlreadyPending(kind);
        }

        var request = PrivacyRequest.Submit(userId, kind, now);
        db.PrivacyRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Adapt<PrivacyRequestDto>();
    }

    public static Task<PrivacyRequest?> PendingAsync(
        this IApplicationDbContext db, Guid userId, PrivacyRequestKind kind, CancellationToken cancellationToken) =>
        db.PrivacyRequests.SingleOrDefaultAsync(
            r => r.UserId == userId && r.Kind == kind && r.Status == PrivacyRequestStatus.Pending, cancellationToken);
}
