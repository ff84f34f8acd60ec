namespace KnowledgePay.Application.Privacy.Queries;

/// <summary>Where a data export request's archive stands; its id is the request's.</summary>
public sealed record DataExportDto
{
    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? DownloadedAt { get; init; }

    public DateTimeOffset? PurgedAt { get; init; }
}
