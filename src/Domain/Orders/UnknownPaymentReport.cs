using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// An authentic payment notification that named an order number we never issued. Nothing is settled; the row is what an
/// operator (and the risk rule counting such notifications) sees of it.
/// </summary>
public sealed class UnknownPaymentReport : Entity
{
    public const int SourceLength = 32;

    public const string WeChatPay = "wechatpay";

    private UnknownPaymentReport()
    {
        Source = string.Empty;
        OutTradeNo = string.Empty;
    }

    /// <summary>Who notified: <see cref="WeChatPay"/>.</summary>
    public string Source { get; private set; }

    public string OutTradeNo { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static UnknownPaymentReport Record(string source, string outTradeNo, DateTimeOffset now)
    {
        var report = new UnknownPaymentReport
        {
            Source = source,
            OutTradeNo = outTradeNo.Length <= OrderLimits.OutTradeNoLength ? outTradeNo : outTradeNo[..OrderLimits.OutTradeNoLength],
            ReceivedAt = now,
        };
        report.Raise(new UnknownPaymentReportedEvent(report.Id, source, report.OutTradeNo, now));
        return report;
    }
}
