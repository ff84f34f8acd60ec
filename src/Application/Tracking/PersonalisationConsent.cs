using KnowledgePay.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking;

internal static class PersonalisationConsent
{
    /// <summary>Whether behaviour of <paramref name="userId"/> may be kept: only with consent (opt-in), see ADR 7.</summary>
    public static Task<bool> AllowsTrackingAsync(this IApplicationDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && u.PersonalisationConsent, cancellationToken);
}
