using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Agreements.EventHandlers;

/// <summary>Every grant or withdrawal of personalisation consent is kept, in the change's own transaction: no change without its record.</summary>
internal sealed class RecordPersonalisationConsentWhenChanged(IApplicationDbContext db) : IInTransactionHandler<PersonalisationConsentChangedEvent>
{
    public ValueTask Handle(PersonalisationConsentChangedEvent notification, CancellationToken cancellationToken)
    {
        db.PersonalisationConsentChanges.Add(
            PersonalisationConsentChange.Record(notification.UserId, notification.Granted, notification.Source, notification.At));
        return ValueTask.CompletedTask;
    }
}
