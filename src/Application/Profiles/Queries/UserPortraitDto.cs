using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Profiles.Queries;

/// <summary>用户画像: what the user's behaviour and own choices say about them, scored with time decay.</summary>
public sealed record UserPortraitDto
{
    public Guid UserId { get; init; }

    /// <summary>Catalogue tags by descending score; onboarding interests count as a prior.</summary>
    public IReadOnlyList<ScoredIdDto> Interests { get; init; } = [];

    /// <summary>Categories by descending score.</summary>
    public IReadOnlyList<ScoredIdDto> Categories { get; init; } = [];

    /// <summary>The price band of the courses the user viewed and bought; null before any.</summary>
    public PriceBand? PriceBand { get; init; }

    public ActivityLevel ActivityLevel { get; init; }

    public int EventsLast7Days { get; init; }

    public int EventsLast30Days { get; init; }

    public bool PersonalisationConsent { get; init; }

    public Gender Gender { get; init; }

    public AgeBand AgeBand { get; init; }

    public string? Occupation { get; init; }

    public string? City { get; init; }
}

/// <summary>A tag or category with its score.</summary>
public sealed record ScoredIdDto(Guid Id, double Score);
