using KnowledgePay.Domain.Common;
using Mediator;

namespace KnowledgePay.Application.Common.Events;

/// <summary>
/// A reaction that must commit atomically with the change that raised <typeparamref name="TEvent"/>: it runs while the
/// change is being saved, before commit, and a failure rolls the whole save back. It changes the context (adds, edits
/// entities; may raise further events) but never calls <c>SaveChangesAsync</c>, and never calls out of the process.
/// </summary>
public interface IInTransactionHandler<in TEvent> : INotificationHandler<TEvent>
    where TEvent : IDomainEvent;
