namespace KnowledgePay.Domain.Coupons;

/// <summary>Typed codes compare case-insensitively: they are stored and looked up in upper case.</summary>
public static class CouponCodes
{
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>The normalised code, or an error; a code never looks like an id, so a typed string names one or the other.</summary>
    public static string? Valid(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = Normalize(code);
        var wellFormed = normalized.Length is >= CouponLimits.CodeMinLength and <= CouponLimits.CodeLength
            && normalized.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_')
            && !Guid.TryParse(normalized, out _);
        return wellFormed ? normalized : throw CouponErrors.InvalidCode();
    }
}
