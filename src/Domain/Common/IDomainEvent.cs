namespace KnowledgePay.Domain.Common;

/// <summary>Something that happened to an aggregate, raised by the method that caused it; carries ids and values, not entities.</summary>
public interface IDomainEvent;
