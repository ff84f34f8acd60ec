namespace KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

/// <summary>Where a sale came from, first match wins (docs/decisions/0036-business-metrics-definitions.md).</summary>
public enum AcquisitionChannel
{
    /// <summary>A delivered campaign action whose conversion window holds the payment.</summary>
    Campaign,

    /// <summary>A promoter's commission on the line, a referral binding in force at payment, or a share of the course the buyer opened before paying.</summary>
    SharedLink,

    /// <summary>None of the above.</summary>
    Organic,
}
