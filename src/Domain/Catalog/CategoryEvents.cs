using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public sealed record CategoryEditedEvent(Guid CategoryId, string Name, string Slug, int Position) : IDomainEvent;
