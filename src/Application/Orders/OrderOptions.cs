namespace KnowledgePay.Application.Orders;

/// <summary>Section <c>Orders</c>: how long an order waits for payment, and the learner's refund policy.</summary>
public sealed class OrderOptions
{
    public const string SectionName = "Orders";

    /// <summary>Minutes from placing an order until the provider refuses payment and the sweeper closes it.</summary>
    public int PaymentWindowMinutes { get; set; } = 30;

    public RefundPolicyOptions Refunds { get; set; } = new();

    /// <summary>A bundle the buyer partly owns: priced out (the default) or refused.</summary>
    public Pricing.OwnedContentPolicy OwnedContent { get; set; } = Pricing.OwnedContentPolicy.PriceOut;

    public TimeSpan PaymentWindow => TimeSpan.FromMinutes(PaymentWindowMinutes);
}

/// <summary>Section <c>Orders:Refunds</c>: when a learner may ask for their money back (admins may always refund).</summary>
public sealed class RefundPolicyOptions
{
    /// <summary>Days after payment during which a learner may ask.</summary>
    public int WindowDays { get; set; } = 7;

    /// <summary>The learner may ask while at most this share of the course (0–100) is completed or opened.</summary>
    public int MaxProgressPercent { get; set; } = 30;
}
