using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>
/// A learner's marketing consent (opt-in): granted or not as of <see cref="ChangedAt"/>, from <see cref="Source"/>, with
/// every change kept in <see cref="History"/>. Marketing actions reach a user only while it is granted. One per user.
/// </summary>
public sealed class MarketingConsent : Entity
{
    private readonly List<MarketingConsentChange> _history = [];

    private MarketingConsent()
    {
        Source = null!;
    }

    public Guid UserId { get; private set; }

    public bool IsGranted { get; private set; }

    public string Source { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<MarketingConsentChange> History => _history.AsReadOnly();

    public static MarketingConsent For(Guid userId) => new() { UserId = userId, Source = "" };

    /// <summary>Records a grant or withdrawal; setting the state it already has records nothing.</summary>
    public void Set(bool granted, string source, DateTimeOffset now)
    {
        var from = Text.Required(source, CampaignLimits.ConsentSourceLength, CampaignErrors.InvalidConsentSource);
        if (_history.Count > 0 && granted == IsGranted)
        {
            return;
        }

        IsGranted = granted;
        Source = from;
        ChangedAt = now;
        Version++;
        _history.Add(new MarketingConsentChange(Id, granted, from, now));
        Raise(new MarketingConsentChangedEvent(UserId, granted, from));
    }
}

/// <summary>One grant or withdrawal, kept as the consent's history.</summary>
public sealed class MarketingConsentChange : Entity
{
    private MarketingConsentChange()
    {
        Source = null!;
    }

    internal MarketingConsentChange(Guid consentId, bool granted, string source, DateTimeOffset at)
    {
        ConsentId = consentId;
        Granted = granted;
        Source = source;
        At = at;
    }

    public Guid ConsentId { get; private set; }

    public bool Granted { get; private set; }

    public string Source { get; private set; }

    public DateTimeOffset At { get; private set; }
}
