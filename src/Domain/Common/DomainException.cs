namespace KnowledgePay.Domain.Common;

/// <summary>A broken business rule, with a stable code that clients may rely on and a client-safe message.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
