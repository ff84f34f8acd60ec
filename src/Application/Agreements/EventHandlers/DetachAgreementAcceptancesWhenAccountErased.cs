using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements.EventHandlers;

/// <summary>
/// An erased account's acceptances and consent changes stay, as the evidence of the consent the processing before the
/// erasure rested on (PIPL art. 14); they name the person by the pseudonymous user id alone, which the erasure unlinks from
/// WeChat. The client version is dropped with the rest of the device details (ADR 0042).
/// </summary>
internal sealed class DetachAgreementAcceptancesWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var acceptances = await db.AgreementAcceptances.Where(a => a.UserId == notification.UserId).ToListAsync(cancellationToken);
        foreach (var acceptance in acceptances)
        {
            acceptance.Detach();
        }
    }
}
