using KnowledgePay.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity;

internal static class RefreshTokenFamilies
{
    /// <summary>Ends a session: every token descending from its login is revoked and the change saved.</summary>
    public static async Task RevokeFamilyAsync(
        this IApplicationDbContext db, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var family = await db.RefreshTokens.Where(t => t.FamilyId == familyId).ToListAsync(cancellationToken);
        family.ForEach(token => token.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
