namespace KnowledgePay.Domain.Referrals;

/// <summary>How buyers are bound to promoters: attribution and how long a binding lasts (0 days: forever).</summary>
public sealed record BindingRules(Attribution Attribution, int BindingDays)
{
    public DateTimeOffset? ExpiresAt(DateTimeOffset now) => BindingDays > 0 ? now.AddDays(BindingDays) : null;

    /// <summary>What becomes of <paramref name="existing"/> (null: none) when the promoter <paramref name="promoterId"/> reaches its buyer.</summary>
    public BindingDecision Decide(ReferralBinding? existing, Guid promoterId, DateTimeOffset now) => existing switch
    {
        null => BindingDecision.Bind,
        _ when !existing.IsActive(now) => BindingDecision.Bind,
        _ when existing.PromoterId == promoterId => Attribution == Attribution.LastTouch ? BindingDecision.Bind : BindingDecision.Keep,
        _ => Attribution == Attribution.LastTouch ? BindingDecision.Bind : BindingDecision.Refuse,
    };
}

public enum BindingDecision
{
    /// <summary>Bind (or re-bind) the buyer to the promoter from now on.</summary>
    Bind,

    /// <summary>The buyer is already bound to this promoter and stays so as before.</summary>
    Keep,

    /// <summary>Another promoter holds the buyer (first touch).</summary>
    Refuse,
}
