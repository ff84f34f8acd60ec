using KnowledgePay.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity;

internal static class RefreshTokenFamilies
{
    /// <summary>
    /// Ends a session: every token descending from its login is revoked and the change saved, then the session's access
    /// tokens stop working (<see cref="ISessionStatus"/>).
    /// </summary>
    public static async Task RevokeFamilyAsync(
        this IApplicationDbContext db, ISessionStatus sessions, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var family = await db.RefreshTokens.Where(t => t.FamilyId == familyId).ToListAsync(cancellationToken);
        family.ForEach(token => token.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
        sessions.Ended(familyId);
    }
}
