using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals;

/// <summary>A promoter's earnings are for that promoter and admins only.</summary>
internal static class PromoterAccess
{
    public static async Task EnsureCanReadAsync(this IApplicationDbContext db, ICurrentUser user, Guid promoterId, CancellationToken cancellationToken)
    {
        var callerId = user.RequiredId();
        if (!user.IsInRole(Role.Admin) && !await db.Promoters.AnyAsync(p => p.Id == promoterId && p.UserId == callerId, cancellationToken))
        {
            throw new ForbiddenAccessException();
        }
    }
}
