using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Queries.GetWithdrawals;

/// <summary>
/// Withdrawals, newest first, optionally in one status: one promoter's (for that promoter and admins) or, without
/// <see cref="PromoterId"/>, everyone's (admins).
/// </summary>
public sealed record GetWithdrawalsQuery(Guid? PromoterId, WithdrawalStatus? Status, PageRequest Page, bool IncludeTotalCount = false)
    : IQuery<Page<WithdrawalDto>>;

internal sealed class GetWithdrawalsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetWithdrawalsQuery, Page<WithdrawalDto>>
{
    public async ValueTask<Page<WithdrawalDto>> Handle(GetWithdrawalsQuery query, CancellationToken cancellationToken)
    {
        var withdrawals = db.Withdrawals.AsNoTracking();
        if (query.PromoterId is { } promoterId)
        {
            await db.EnsureCanReadAsync(user, promoterId, cancellationToken);
            withdrawals = withdrawals.Where(w => w.PromoterId == promoterId);
        }
        else if (!user.IsInRole(Role.Admin))
        {
            throw new ForbiddenAccessException();
        }

        if (query.Status is { } status)
        {
            withdrawals = withdrawals.Where(w => w.Status == status);
        }

        return await withdrawals.ToPageAsync(
            new QueryContext<WithdrawalDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
            ReferralPaging.WithdrawalFilter, ReferralPaging.WithdrawalSort, ReferralPaging.Newest("requestedAt"), cancellationToken);
    }
}
