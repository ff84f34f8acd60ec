namespace KnowledgePay.Application.Common.Exceptions;

public sealed class NotFoundException(string entity, Guid id) : Exception($"{entity} {id} was not found.")
{
    public string Entity { get; } = entity;

    public Guid Id { get; } = id;
}
