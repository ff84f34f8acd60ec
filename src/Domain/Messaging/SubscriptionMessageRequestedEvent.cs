using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Messaging;

/// <summary>
/// A feature asks for a subscription message to <paramref name="UserId"/>; the messaging feature sends it from the
/// outbox if the user holds a grant for <paramref name="Template"/>, and records it either way. <paramref name="Values"/>
/// are keyed by the template's logical field names (title, amount, time, note…), which configuration maps to WeChat's
/// keys (thing1, amount2…). <paramref name="DedupeKey"/> makes a repeated request send once.
/// </summary>
public sealed record SubscriptionMessageRequestedEvent(
    Guid UserId, MessageTemplate Template, string Page, IReadOnlyDictionary<string, string> Values, string DedupeKey)
    : IDomainEvent;
