using KnowledgePay.Domain.Agreements;

namespace KnowledgePay.Application.Agreements.Queries;

/// <summary>A published agreement version, as anyone may read it.</summary>
public sealed record AgreementVersionDto
{
    public Guid Id { get; init; }

    public AgreementKind Kind { get; init; }

    public string VersionLabel { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Body { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset EffectiveAt { get; init; }

    public bool RequiresReacceptance { get; init; }

    public DateTimeOffset PublishedAt { get; init; }
}

/// <summary>A version with how many acceptances it has, for admins.</summary>
public sealed record AgreementVersionAcceptancesDto(AgreementVersionDto Version, bool IsCurrent, int AcceptanceCount);
