namespace KnowledgePay.Application.Common.Exceptions;

/// <summary>Input of the wrong shape; carries every failing field with its messages.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more inputs are invalid.")
{
    public ValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
