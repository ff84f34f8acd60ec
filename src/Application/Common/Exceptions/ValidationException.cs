using FluentValidation.Results;

namespace KnowledgePay.Application.Common.Exceptions;

/// <summary>Input of the wrong shape; carries every failing field with its messages.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more inputs are invalid.")
{
    public ValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>The failures of FluentValidation validators, grouped by field.</summary>
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this(failures
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray(), StringComparer.Ordinal))
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
