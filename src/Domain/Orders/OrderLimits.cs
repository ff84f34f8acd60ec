namespace KnowledgePay.Domain.Orders;

public static class OrderLimits
{
    /// <summary>WeChat Pay accepts at most 50 partial refunds per order.</summary>
    public const int MaxRefunds = 50;

    public const int TitleLength = 127;

    public const int OutTradeNoLength = 32;

    public const int OutRefundNoLength = 64;

    public const int ProviderIdLength = 64;

    public const int ClientKeyMinLength = 8;

    public const int ClientKeyLength = 64;

    public const int RefundReasonLength = 80;

    /// <summary>How many of a buyer's pending orders a new order is compared with before it is placed anew.</summary>
    public const int MaxPendingOrdersCompared = 20;
}
