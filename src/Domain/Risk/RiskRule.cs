namespace KnowledgePay.Domain.Risk;

/// <summary>The anomaly rules that raise flags; each has documented thresholds in its options.</summary>
public enum RiskRule
{
    /// <summary>Too many refunds, or too high a share of orders refunded, by one user or one device within a window.</summary>
    RefundAbuse,

    /// <summary>One account's media links or sessions from many devices or addresses at once.</summary>
    AccountSharing,

    /// <summary>More simultaneous streams on one account than the cap allows.</summary>
    ConcurrentStreams,

    /// <summary>Many openids signing in from one address within a window.</summary>
    ManyAccountsFromOneAddress,

    /// <summary>Many failed logins from one address (or for one openid) within a window.</summary>
    FailedLogins,

    /// <summary>A payment notification whose amount, currency or payer does not match its order.</summary>
    PaymentMismatch,

    /// <summary>Repeated payment notifications for orders we do not know.</summary>
    UnknownOrderNotifications,
}
