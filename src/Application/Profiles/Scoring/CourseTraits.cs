namespace KnowledgePay.Application.Profiles.Scoring;

/// <summary>What a user's events on a course say about them: its category, tags and price.</summary>
public sealed record CourseTraits(Guid CategoryId, IReadOnlyList<Guid> TagIds, long PriceFen);
