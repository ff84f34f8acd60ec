using Mediator;

namespace KnowledgePay.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, raised by the method that caused it; carries ids and values, not entities.
/// Saving publishes it as a notification (see docs/decisions/0009-domain-events-and-transactional-outbox.md).
/// </summary>
public interface IDomainEvent : INotification;
