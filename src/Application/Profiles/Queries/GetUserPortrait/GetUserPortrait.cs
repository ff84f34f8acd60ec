using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Profiles.Queries.GetUserPortrait;

/// <summary>Any user's 用户画像, for operators; null when no such user exists.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetUserPortraitQuery(Guid UserId) : IQuery<UserPortraitDto?>;

internal sealed class GetUserPortraitQueryHandler(IApplicationDbContext db, IOptions<ProfileOptions> options, TimeProvider clock)
    : IQueryHandler<GetUserPortraitQuery, UserPortraitDto?>
{
    public async ValueTask<UserPortraitDto?> Handle(GetUserPortraitQuery query, CancellationToken cancellationToken) =>
        await db.PortraitAsync(query.UserId, options.Value, clock.GetUtcNow(), cancellationToken);
}
