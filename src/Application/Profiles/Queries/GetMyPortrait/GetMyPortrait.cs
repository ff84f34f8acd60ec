using KnowledgePay.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Profiles.Queries.GetMyPortrait;

/// <summary>The caller's own 用户画像; null when the account no longer exists.</summary>
public sealed record GetMyPortraitQuery : IQuery<UserPortraitDto?>;

internal sealed class GetMyPortraitQueryHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IOptions<ProfileOptions> options, TimeProvider clock)
    : IQueryHandler<GetMyPortraitQuery, UserPortraitDto?>
{
    public async ValueTask<UserPortraitDto?> Handle(GetMyPortraitQuery query, CancellationToken cancellationToken) =>
        await db.PortraitAsync(currentUser.RequiredId(), options.Value, clock.GetUtcNow(), cancellationToken);
}
