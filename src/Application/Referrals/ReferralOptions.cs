using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals;

/// <summary>Section <c>Referrals</c>: who may promote, how buyers are bound, and what promoters earn.</summary>
public sealed class ReferralOptions
{
    public const string SectionName = "Referrals";

    public PromoterPolicy PromoterPolicy { get; set; } = PromoterPolicy.Open;

    public BindingOptions Binding { get; set; } = new();

    public RateOptions DefaultRates { get; set; } = new();

    /// <summary>1: only the buyer's referrer earns; 2: their upline earns too.</summary>
    public int Levels { get; set; } = 2;

    /// <summary>Days a commission stays pending; null: the learner's refund window (<c>Orders:Refunds:WindowDays</c>).</summary>
    public int? SettlementDays { get; set; }

    public BindingRules BindingRules => new(Binding.Attribution, Binding.BindingDays);
}

public enum PromoterPolicy
{
    /// <summary>Any user becomes a promoter on first share, invitation or application.</summary>
    Open,

    /// <summary>Users apply; an admin approves.</summary>
    Approval,
}

/// <summary>Section <c>Referrals:Binding</c>.</summary>
public sealed class BindingOptions
{
    public Attribution Attribution { get; set; } = Attribution.FirstTouch;

    /// <summary>How long a binding lasts; 0: for good.</summary>
    public int BindingDays { get; set; } = 30;

    /// <summary>Whether a promoter earns level 1 on their own purchases (自购返佣); else their own referrer does.</summary>
    public bool AllowSelfPurchase { get; set; }
}

/// <summary>Section <c>Referrals:DefaultRates</c>: basis points (1000 = 10%) for offers without rates of their own.</summary>
public sealed class RateOptions
{
    public int Level1Bp { get; set; } = 1000;

    public int Level2Bp { get; set; } = 300;
}
