namespace KnowledgePay.Application.Campaigns.Queries;

/// <summary>A learner's marketing consent now, and every change to it, oldest first.</summary>
public sealed record MarketingConsentDto
{
    public bool IsGranted { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    public IReadOnlyList<MarketingConsentChangeDto> History { get; init; } = [];
}

public sealed record MarketingConsentChangeDto(bool Granted, string Source, DateTimeOffset At);
