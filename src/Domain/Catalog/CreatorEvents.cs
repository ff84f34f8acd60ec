using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public sealed record CreatorJoinedEvent(Guid CreatorId, Guid? UserId, string Name) : IDomainEvent;
