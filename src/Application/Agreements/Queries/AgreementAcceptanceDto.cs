using KnowledgePay.Domain.Agreements;

namespace KnowledgePay.Application.Agreements.Queries;

/// <summary>A user's acceptance of an agreement version.</summary>
public sealed record AgreementAcceptanceDto(
    Guid Id, AgreementVersionDto Version, DateTimeOffset AcceptedAt, AgreementPlatform Platform, string? ClientVersion);
