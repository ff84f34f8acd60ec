using System.Security.Cryptography;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.Pay;

namespace KnowledgePay.WeChatSimulator.State.VirtualPayment;

/// <summary>Virtual Payment's orders and refund tasks; every change is atomic.</summary>
internal sealed class XPayLedger : ISimulatorState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, XPayOrder> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XPayRefund> _refunds = new(StringComparer.Ordinal);

    /// <summary>A paid order awaiting delivery; null when the order number was used before (single use).</summary>
    public XPayOrder? Pay(string outTradeNo, string openId, int env, string productId, long priceFen, string attach, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_orders.ContainsKey(outTradeNo))
            {
                return null;
            }
            var order = new XPayOrder(
                outTradeNo, openId, env, productId, priceFen, attach,
                "wx" + RandomNumberGenerator.GetString(RandomText.Digits, 26), PayIds.TransactionId(), now, XPayOrder.Paid, null, 0);
            _orders[outTradeNo] = order;
            return order;
        }
    }

    public XPayOrder? Find(string outTradeNo)
    {
        lock (_lock)
        {
            return _orders.GetValueOrDefault(outTradeNo);
        }
    }

    /// <summary>Paid → delivered; an order already delivered stays so. False for any other state.</summary>
    public bool MarkDelivered(string outTradeNo, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_orders.GetValueOrDefault(outTradeNo) is not { } order || order.Status is not (XPayOrder.Paid or XPayOrder.Delivered))
            {
                return false;
            }
            _orders[outTradeNo] = order with { Status = XPayOrder.Delivered, DeliveredAt = order.DeliveredAt ?? now };
            return true;
        }
    }

    /// <summary>
    /// Starts a refund task. The same refund_order_id with the same fee answers the same task; left_fee must be the order's
    /// current left fee and the fee must fit beside the refunds still processing.
    /// </summary>
    public (XPayRefund? Refund, string? Refusal) Refund(string outTradeNo, string refundOrderId, long leftFee, long refundFee, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_orders.GetValueOrDefault(outTradeNo) is not { } order)
            {
                return (null, null);
            }
            if (_refunds.GetValueOrDefault(refundOrderId) is { } existing)
            {
                return existing.OutTradeNo == outTradeNo && existing.RefundFee == refundFee
                    ? (existing, null)
                    : (null, "refund_order_id was used with other parameters");
            }
            var processing = _refunds.Values.Where(r => r.OutTradeNo == outTradeNo && r.SettledAt is null).Sum(r => r.RefundFee);
            if (leftFee != order.LeftFee || refundFee <= 0 || refundFee > order.LeftFee - processing)
            {
                return (null, "left_fee or refund_fee does not match the order");
            }
            var refund = new XPayRefund(refundOrderId, outTradeNo, PayIds.RefundId(), refundFee, now, null);
            _refunds[refundOrderId] = refund;
            return (refund, null);
        }
    }

    /// <summary>Completes the refund tasks older than <paramref name="delay"/>; the order becomes refunded.</summary>
    public IReadOnlyList<(XPayRefund Refund, XPayOrder Order)> SettleDueRefunds(DateTimeOffset now, TimeSpan delay)
    {
        lock (_lock)
        {
            var settled = new List<(XPayRefund, XPayOrder)>();
            foreach (var refund in _refunds.Values.Where(r => r.SettledAt is null && now - r.RequestedAt >= delay).ToList())
            {
                var done = refund with { SettledAt = now };
                _refunds[refund.RefundOrderId] = done;
                var order = _orders[refund.OutTradeNo];
                order = order with { Status = XPayOrder.Refunded, RefundFee = order.RefundFee + refund.RefundFee };
                _orders[refund.OutTradeNo] = order;
                settled.Add((done, order));
            }
            return settled;
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _orders.Clear();
            _refunds.Clear();
        }
    }
}
