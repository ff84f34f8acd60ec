using System.Text.Json;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Messaging;

/// <summary>
/// One subscription message asked for, and what became of it. The dedupe key is unique: a request raised again (an event
/// redelivered) finds its row and sends nothing more.
/// </summary>
public sealed class SubscriptionMessage : Entity
{
    private SubscriptionMessage()
    {
        Page = null!;
        Values = null!;
        DedupeKey = null!;
    }

    public Guid UserId { get; private set; }

    public MessageTemplate Template { get; private set; }

    /// <summary>The WeChat template id it went to; null until a delivery looked it up.</summary>
    public string? TemplateId { get; private set; }

    public string Page { get; private set; }

    /// <summary>The logical values (title, amount, time…) as a JSON object.</summary>
    public string Values { get; private set; }

    public string DedupeKey { get; private set; }

    public SubscriptionMessageStatus Status { get; private set; }

    /// <summary>WeChat's errcode when it refused; null when it was not asked or accepted.</summary>
    public int? ErrCode { get; private set; }

    public string? MsgId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Records a request and raises <see cref="SubscriptionMessageRequestedEvent"/>, which the outbox delivers.</summary>
    public static SubscriptionMessage Request(
        Guid userId, MessageTemplate template, string page, IReadOnlyDictionary<string, string> values, string dedupeKey, DateTimeOffset now)
    {
        var request = new SubscriptionMessageRequestedEvent(userId, template, page, values, dedupeKey);
        var message = Recorded(request, now);
        message.Raise(request);
        return message;
    }

    /// <summary>The row for a request another feature raised itself; the event is already on its way.</summary>
    public static SubscriptionMessage Recorded(SubscriptionMessageRequestedEvent request, DateTimeOffset now) => new()
    {
        UserId = request.UserId,
        Template = request.Template,
        Page = request.Page.Length <= MessagingLimits.PageLength ? request.Page : throw MessagingErrors.InvalidRequest(),
        Values = JsonSerializer.Serialize(request.Values) is { Length: <= MessagingLimits.ValuesLength } values ? values : throw MessagingErrors.InvalidRequest(),
        DedupeKey = Text.Required(request.DedupeKey, MessagingLimits.DedupeKeyLength, MessagingErrors.InvalidRequest),
        Status = SubscriptionMessageStatus.Pending,
        CreatedAt = now,
    };

    public IReadOnlyDictionary<string, string> ValueMap() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Values) ?? [];

    public void Address(string templateId) => TemplateId = templateId;

    public void Finish(SubscriptionMessageStatus status, int? errCode, string? msgId, DateTimeOffset now)
    {
        if (status is SubscriptionMessageStatus.Pending or SubscriptionMessageStatus.Sending)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A message finishes in a final status.");
        }

        Status = status;
        ErrCode = errCode;
        MsgId = msgId;
        FinishedAt = now;
    }
}
