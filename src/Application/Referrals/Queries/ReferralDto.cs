namespace KnowledgePay.Application.Referrals.Queries;

/// <summary>Someone bound to the caller, as little as a promoter needs: a masked nickname and the binding's dates.</summary>
public sealed record ReferralDto
{
    public Guid Id { get; init; }

    public Guid BuyerId { get; init; }

    /// <summary>Masked (first character and **), or null when the buyer shared none.</summary>
    public string? Nickname { get; init; }

    public DateTimeOffset BoundAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public static string? Mask(string? nickname) =>
        string.IsNullOrEmpty(nickname) ? null : $"{System.Globalization.StringInfo.GetNextTextElement(nickname)}**";
}
