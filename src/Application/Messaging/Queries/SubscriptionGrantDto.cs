using KnowledgePay.Domain.Messaging;

namespace KnowledgePay.Application.Messaging.Queries;

/// <summary>How many messages of one template the user may still receive, and their last answer.</summary>
public sealed record SubscriptionGrantDto
{
    public string TemplateId { get; init; } = string.Empty;

    /// <summary>The product's template behind the id; null for an id no longer configured.</summary>
    public MessageTemplate? Template { get; init; }

    public int Remaining { get; init; }

    public SubscriptionDecision LastDecision { get; init; }

    public DateTimeOffset DecidedAt { get; init; }
}
