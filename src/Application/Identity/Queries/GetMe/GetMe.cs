using KnowledgePay.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.Queries.GetMe;

/// <summary>The caller's own account; null when it no longer exists.</summary>
public sealed record GetMeQuery : IQuery<MeDto?>;

internal sealed class GetMeQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IPhoneNumberProtector phones) : IQueryHandler<GetMeQuery, MeDto?>
{
    public async ValueTask<MeDto?> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var id = currentUser.RequiredId();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user?.ToMe(phones);
    }
}
