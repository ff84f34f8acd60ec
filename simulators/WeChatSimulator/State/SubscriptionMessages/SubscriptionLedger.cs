using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.State.SubscriptionMessages;

/// <summary>
/// The mini program's subscription templates (from options and <c>POST /__sim/subscription-templates</c>), each user's
/// one-time subscriptions per template — one more per accept in <c>wx.requestSubscribeMessage</c>, none while banned —
/// and the messages subscribeMessage.send delivered, oldest first.
/// </summary>
internal sealed class SubscriptionLedger(IOptions<WeChatSimulatorOptions> options) : ISimulatorState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string[]> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<(string OpenId, string TemplateId), UserSubscription> _subscriptions = [];
    private readonly List<DeliveredMessage> _delivered = [];

    public void AddTemplate(string templateId, string[] keys)
    {
        lock (_lock)
        {
            _added[templateId] = keys;
        }
    }

    /// <summary>The template's data keys; null for an id the mini program does not have.</summary>
    public string[]? KeysOf(string templateId)
    {
        lock (_lock)
        {
            return _added.GetValueOrDefault(templateId)
                ?? Array.Find(options.Value.SubscriptionTemplates, t => t.TemplateId == templateId)?.Keys;
        }
    }

    /// <summary>Plays the user's answer in wx.requestSubscribeMessage.</summary>
    public UserSubscription Answer(string openId, string templateId, SubscriptionAnswer answer, int count)
    {
        lock (_lock)
        {
            var current = _subscriptions.GetValueOrDefault((openId, templateId)) ?? new UserSubscription(openId, templateId, 0, Banned: false);
            var next = answer switch
            {
                SubscriptionAnswer.Accept => current with { Remaining = current.Remaining + count, Banned = false },
                SubscriptionAnswer.Ban => current with { Banned = true },
                _ => current,
            };
            _subscriptions[(openId, templateId)] = next;
            return next;
        }
    }

    public IReadOnlyList<UserSubscription> Subscriptions(string? openId)
    {
        lock (_lock)
        {
            return [.. _subscriptions.Values.Where(s => openId is null || s.OpenId == openId)];
        }
    }

    /// <summary>Spends one subscription and records the message; false (43101) when the user has none left or banned it.</summary>
    public bool TryDeliver(DeliveredMessage message)
    {
        lock (_lock)
        {
            if (_subscriptions.GetValueOrDefault((message.ToUser, message.TemplateId)) is not { Remaining: > 0, Banned: false } subscription)
            {
                return false;
            }

            _subscriptions[(message.ToUser, message.TemplateId)] = subscription with { Remaining = subscription.Remaining - 1 };
            _delivered.Add(message);
            return true;
        }
    }

    public IReadOnlyList<DeliveredMessage> Delivered()
    {
        lock (_lock)
        {
            return [.. _delivered];
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _added.Clear();
            _subscriptions.Clear();
            _delivered.Clear();
        }
    }
}

internal sealed record UserSubscription(string OpenId, string TemplateId, int Remaining, bool Banned);

internal sealed record DeliveredMessage(
    long MsgId, string ToUser, string TemplateId, string? Page, IReadOnlyDictionary<string, string> Data, string MiniProgramState,
    string Lang, DateTimeOffset SentAt);

[JsonConverter(typeof(JsonStringEnumConverter<SubscriptionAnswer>))]
internal enum SubscriptionAnswer
{
    Accept,
    Reject,
    Ban,
}
