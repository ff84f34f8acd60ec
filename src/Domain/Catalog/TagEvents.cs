using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public sealed record TagEditedEvent(Guid TagId, string Name, string Slug) : IDomainEvent;
