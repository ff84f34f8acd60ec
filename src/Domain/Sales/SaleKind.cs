namespace KnowledgePay.Domain.Sales;

public enum SaleKind
{
    /// <summary>限时优惠: a lower price for everyone during a window, without stock.</summary>
    LimitedTimePrice,

    /// <summary>秒杀: a lower price during a window for a fixed stock, at most a few per buyer.</summary>
    FlashSale,
}
