namespace KnowledgePay.Domain.Common;

/// <summary>Guards for the free-text fields of aggregates.</summary>
public static class Text
{
    public static string Required(string? value, int maxLength, Func<DomainException> whenInvalid)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength)
        {
            throw whenInvalid();
        }

        return trimmed;
    }

    public static string? Optional(string? value, int maxLength, Func<DomainException> whenInvalid)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw whenInvalid() : trimmed;
    }
}
