using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Privacy.EventHandlers;

/// <summary>A new account deletion is erasable only after the cooling-off period, saved with the request itself.</summary>
internal sealed class StartCoolingOffWhenAccountDeletionSubmitted(IApplicationDbContext db, IOptions<PrivacyOptions> options)
    : IInTransactionHandler<PrivacyRequestSubmittedEvent>
{
    public async ValueTask Handle(PrivacyRequestSubmittedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != PrivacyRequestKind.AccountDeletion)
        {
            return;
        }

        var request = await db.PrivacyRequests.FindAsync([notification.PrivacyRequestId], cancellationToken)
            ?? throw new InvalidOperationException($"Privacy request {notification.PrivacyRequestId} is not being saved.");
        request.StartCoolingOff(request.RequestedAt + options.Value.DeletionCoolingOff);
    }
}
