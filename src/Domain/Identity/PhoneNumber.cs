namespace KnowledgePay.Domain.Identity;

/// <summary>
/// A phone number in its one normalised form, E.164 (<c>+</c>, country code, national number; 8 to 15 digits in all):
/// the form the blind index is computed over, so every spelling of one number finds the same user. An 11-digit
/// mainland mobile number written without a country code (<c>138 1234 5678</c>) is read as <c>+86</c>.
/// </summary>
public sealed record PhoneNumber
{
    private const string MainlandCode = "+86";
    private const int MinimumDigits = 8;
    private const int MaximumDigits = 15;
    private const int MainlandMobileDigits = 11;

    private PhoneNumber(string e164) => E164 = e164;

    public string E164 { get; }

    /// <summary>
    /// Reads a number as people and WeChat write it: spaces, hyphens, dots and brackets ignored; a leading <c>+</c> or
    /// <c>00</c> starts the country code; otherwise only a mainland mobile number (11 digits starting with 1) is accepted.
    /// </summary>
    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = null!;
        var compact = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '.' or '(' or ')')));
        var international = compact.StartsWith('+') ? compact[1..] : compact.StartsWith("00", StringComparison.Ordinal) ? compact[2..] : null;
        var digits = international ?? compact;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (international is null)
        {
            if (digits.Length != MainlandMobileDigits || digits[0] != '1')
            {
                return false;
            }

            digits = MainlandCode[1..] + digits;
        }

        if (digits.Length is < MinimumDigits or > MaximumDigits || digits[0] == '0')
        {
            return false;
        }

        phone = new PhoneNumber("+" + digits);
        return true;
    }

    /// <summary>WeChat's parts of a number (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-info/phone-number/getPhoneNumber.html).</summary>
    public static PhoneNumber FromWeChat(string countryCode, string purePhoneNumber, string phoneNumber) =>
        TryParse(string.IsNullOrWhiteSpace(countryCode) ? phoneNumber : $"+{countryCode}{purePhoneNumber}", out var phone)
            ? phone
            : throw IdentityErrors.InvalidPhoneNumber();

    public static PhoneNumber Parse(string? text) =>
        TryParse(text, out var phone) ? phone : throw IdentityErrors.PhoneNumberUnreadable();

    /// <summary>
    /// What the owner is shown: a mainland number as its national digits with all but the first three and last four
    /// hidden (<c>138****5678</c>); any other number the same way over its E.164 digits (<c>+120****0123</c>).
    /// </summary>
    public string Masked()
    {
        var mainland = E164.StartsWith(MainlandCode, StringComparison.Ordinal);
        var shown = mainland ? E164[MainlandCode.Length..] : E164[1..];
        var masked = shown[..3] + new string('*', shown.Length - 7) + shown[^4..];
        return mainland ? masked : "+" + masked;
    }

    /// <summary>Never the number itself, so that a stray log line or exception message cannot carry it.</summary>
    public override string ToString() => Masked();
}
