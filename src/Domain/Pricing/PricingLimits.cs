namespace KnowledgePay.Domain.Pricing;

public static class PricingLimits
{
    /// <summary>The most lines one cart or order holds.</summary>
    public const int MaxLines = 20;
}
