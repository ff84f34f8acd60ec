using KnowledgePay.Domain.Common;

namespace KnowledgePay.Application.Common.Events;

/// <summary>
/// A reaction that runs after the change committed, through the transactional outbox: the event is stored with the
/// change and delivered later in a scope of its own, with retries, at least once. The dispatcher saves what the handler
/// changed in the context together with the record that this handler saw this event, so a handler that only writes to
/// the database runs once per event; one that calls out (messages, WeChat, retraining) must tolerate a repeat.
/// Handlers do not call <c>SaveChangesAsync</c> themselves.
/// </summary>
public interface IAfterCommitHandler<in TEvent>
    where TEvent : IDomainEvent
{
    ValueTask HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
