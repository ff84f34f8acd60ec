using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.EventHandlers;

/// <summary>
/// The erased user's flags stay in the review history (what a rule saw, what an operator decided) but no longer name
/// them, in the erasure's transaction (PIPL art. 47: delete or anonymise; https://www.gov.cn/xinwen/2021-08/20/content_5632486.htm).
/// </summary>
internal sealed class DetachRiskFlagsWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var flags = await db.RiskFlags.Where(f => f.UserId == notification.UserId).ToListAsync(cancellationToken);
        foreach (var flag in flags)
        {
            flag.Detach();
        }
    }
}
