using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public sealed record CreatorJoinedEvent(Guid CreatorId, Guid? UserId, string Name) : IDomainEvent;

public sealed record CreatorProfileUpdatedEvent(Guid CreatorId, string Name) : IDomainEvent;
