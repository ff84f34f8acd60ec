namespace KnowledgePay.Domain.Identity;

/// <summary>Age in bands rather than a birth date: enough for recommendations, less personal data to keep.</summary>
public enum AgeBand
{
    Unspecified,
    Under18,
    From18To24,
    From25To34,
    From35To44,
    From45To54,
    From55,
}
