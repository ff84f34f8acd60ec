using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.Application.Messaging.Queries;

/// <summary>One message asked for, and what became of it.</summary>
public sealed record SubscriptionMessageDto
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public MessageTemplate Template { get; init; }

    public string? TemplateId { get; init; }

    public string Page { get; init; } = string.Empty;

    /// <summary>The logical values as a JSON object.</summary>
    public string Values { get; init; } = string.Empty;

    public string DedupeKey { get; init; } = string.Empty;

    public SubscriptionMessageStatus Status { get; init; }

    public int? ErrCode { get; init; }

    public string? MsgId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
