using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements.Queries.GetUserConsentHistory;

/// <summary>Admins: a user's consent history, oldest first; null for an unknown user.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetUserConsentHistoryQuery(Guid UserId) : IQuery<IReadOnlyList<ConsentChangeDto>?>;

internal sealed class GetUserConsentHistoryQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetUserConsentHistoryQuery, IReadOnlyList<ConsentChangeDto>?>
{
    public async ValueTask<IReadOnlyList<ConsentChangeDto>?> Handle(GetUserConsentHistoryQuery query, CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(u => u.Id == query.UserId, cancellationToken)
            ? await db.ConsentHistoryAsync(query.UserId, cancellationToken)
            : null;
}
