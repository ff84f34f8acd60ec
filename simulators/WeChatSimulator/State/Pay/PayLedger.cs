using KnowledgePay.WeChatSimulator.Protocol.Pay;

namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>
/// Every JSAPI transaction and refund of the merchant, with WeChat's rules applied atomically under one lock.
/// Unpaid orders past <c>time_expire</c> close whenever they are next looked at.
/// </summary>
internal sealed class PayLedger : ISimulatorState
{
    public const int MaxRefundsPerOrder = 50;
    private static readonly TimeSpan RefundSpacing = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, SimulatedTransaction> _byOutTradeNo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _outTradeNoByTransactionId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedRefund> _refunds = new(StringComparer.Ordinal);

    /// <summary>A new order, or a current prepay_id for the same body of an open order; otherwise "201 商户订单号重复".</summary>
    public (string? PrepayId, PayError? Error) PlaceOrder(JsapiOrder order, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (FindLocked(order.OutTradeNo, now) is not { } existing)
            {
                var prepayId = PayIds.PrepayId(now);
                _byOutTradeNo[order.OutTradeNo] = new SimulatedTransaction(order, expiresAt, prepayId, now, TradeState.NotPay);
                return (prepayId, null);
            }
            if (existing.TradeState != TradeState.NotPay || existing.Order != order)
            {
                return (null, PayErrors.DuplicateOutTradeNo());
            }
            if (now - existing.PrepayIssuedAt < SimulatedTransaction.PrepayLifetime)
            {
                return (existing.PrepayId, null);
            }
            var renewed = existing with { PrepayId = PayIds.PrepayId(now), PrepayIssuedAt = now };
            _byOutTradeNo[order.OutTradeNo] = renewed;
            return (renewed.PrepayId, null);
        }
    }

    public SimulatedTransaction? Find(string outTradeNo, DateTimeOffset now)
    {
        lock (_lock)
        {
            return FindLocked(outTradeNo, now);
        }
    }

    public SimulatedTransaction? FindByTransactionId(string transactionId, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _outTradeNoByTransactionId.TryGetValue(transactionId, out var outTradeNo) ? FindLocked(outTradeNo, now) : null;
        }
    }

    public PayError? Close(string outTradeNo, DateTimeOffset now)
    {
        lock (_lock)
        {
            var transaction = FindLocked(outTradeNo, now);
            if (transaction is null)
            {
                return PayErrors.OrderNotExist();
            }
            if (transaction.TradeState == TradeState.Closed)
            {
                return PayErrors.OrderClosed();
            }
            if (TradeState.IsPaid(transaction.TradeState))
            {
                return PayErrors.OrderPaid();
            }
            _byOutTradeNo[outTradeNo] = transaction with { TradeState = TradeState.Closed };
            return null;
        }
    }

    /// <summary>Plays the payment sheet: the prepay must be at most 2 h old, the order open and the payer its openid.</summary>
    public PaymentResult Pay(PaymentAttempt attempt)
    {
        lock (_lock)
        {
            var outTradeNo = attempt.OutTradeNo
                ?? _byOutTradeNo.Values.FirstOrDefault(t => t.PrepayId == attempt.PrepayId)?.Order.OutTradeNo;
            if (outTradeNo is null || FindLocked(outTradeNo, attempt.At) is not { } transaction)
            {
                return new PaymentResult(null, IsUnknown: true);
            }
            if (Refusal(transaction, attempt) is { } refusal)
            {
                return new PaymentResult(transaction, refusal);
            }
            var paid = attempt.Outcome switch
            {
                PaymentAttempt.Success => transaction with
                {
                    TradeState = TradeState.Success,
                    TransactionId = PayIds.TransactionId(),
                    SuccessTime = attempt.At,
                    PayerTotal = attempt.PayerTotal ?? transaction.Order.Total,
                },
                PaymentAttempt.PayError => transaction with { TradeState = TradeState.PayError },
                _ => transaction,
            };
            _byOutTradeNo[outTradeNo] = paid;
            if (paid.TransactionId is { } transactionId)
            {
                _outTradeNoByTransactionId[transactionId] = outTradeNo;
            }
            return new PaymentResult(paid);
        }
    }

    /// <summary>Accepts a refund as PROCESSING (or returns the existing one for a retried out_refund_no).</summary>
    public (SimulatedRefund? Refund, PayError? Error) Refund(
        RefundOrder order, string finalStatus, bool enforceSpacing, DateTimeOffset now)
    {
        lock (_lock)
        {
            var transaction = order.TransactionId is { } transactionId
                ? _outTradeNoByTransactionId.TryGetValue(transactionId, out var byId) ? FindLocked(byId, now) : null
                : FindLocked(order.OutTradeNo!, now);
            if (transaction is null || (order.OutTradeNo is not null && transaction.Order.OutTradeNo != order.OutTradeNo))
            {
                return (null, PayErrors.OrderNotExist());
            }
            if (_refunds.TryGetValue(order.OutRefundNo, out var existing))
            {
                var isRetry = existing.OutTradeNo == transaction.Order.OutTradeNo
                    && existing.Order.Refund == order.Refund && existing.Order.Total == order.Total;
                return isRetry ? (existing, null) : (null, PayErrors.InvalidRequest("out_refund_no 已存在，且参数与原退款申请不一致"));
            }
            if (RefundRefusal(transaction, order, enforceSpacing, now) is { } refusal)
            {
                return (null, refusal);
            }
            var payerTotal = transaction.PayerTotal ?? transaction.Order.Total;
            var refund = new SimulatedRefund(
                order, PayIds.RefundId(), transaction.Order.OutTradeNo, transaction.TransactionId!, payerTotal,
                order.Refund * payerTotal / transaction.Order.Total, order.NotifyUrl ?? transaction.Order.NotifyUrl,
                now, RefundStatus.Processing, finalStatus);
            _refunds[order.OutRefundNo] = refund;
            _byOutTradeNo[transaction.Order.OutTradeNo] = transaction with { TradeState = TradeState.Refund };
            return (refund, null);
        }
    }

    public SimulatedRefund? FindRefund(string outRefundNo)
    {
        lock (_lock)
        {
            return _refunds.GetValueOrDefault(outRefundNo);
        }
    }

    public IReadOnlyList<SimulatedRefund> RefundsOf(string outTradeNo)
    {
        lock (_lock)
        {
            return [.. _refunds.Values.Where(refund => refund.OutTradeNo == outTradeNo).OrderBy(refund => refund.CreatedAt)];
        }
    }

    /// <summary>Moves refunds PROCESSING for at least <paramref name="delay"/> to their final status; returns them.</summary>
    public IReadOnlyList<SimulatedRefund> SettleDueRefunds(DateTimeOffset now, TimeSpan delay)
    {
        lock (_lock)
        {
            var settled = _refunds.Values
                .Where(refund => refund.Status == RefundStatus.Processing && refund.CreatedAt + delay <= now)
                .Select(refund => refund with
                {
                    Status = refund.FinalStatus,
                    SuccessTime = refund.FinalStatus == RefundStatus.Success ? now : null,
                })
                .ToList();
            foreach (var refund in settled)
            {
                _refunds[refund.Order.OutRefundNo] = refund;
            }
            return settled;
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _byOutTradeNo.Clear();
            _outTradeNoByTransactionId.Clear();
            _refunds.Clear();
        }
    }

    private SimulatedTransaction? FindLocked(string outTradeNo, DateTimeOffset now)
    {
        if (!_byOutTradeNo.TryGetValue(outTradeNo, out var transaction))
        {
            return null;
        }
        if (transaction.TradeState == TradeState.NotPay && transaction.ExpiresAt <= now)
        {
            transaction = transaction with { TradeState = TradeState.Closed };
            _byOutTradeNo[outTradeNo] = transaction;
        }
        return transaction;
    }

    private static string? Refusal(SimulatedTransaction transaction, PaymentAttempt attempt)
    {
        if (transaction.TradeState is not (TradeState.NotPay or TradeState.PayError))
        {
            return $"The order is {transaction.TradeState}, not payable.";
        }
        if (attempt.PrepayId is not null && attempt.PrepayId != transaction.PrepayId)
        {
            return "The prepay_id is not the order's current one.";
        }
        if (attempt.At - transaction.PrepayIssuedAt > SimulatedTransaction.PrepayLifetime)
        {
            return "The prepay_id is more than 2 hours old; order again for a new one.";
        }
        if (attempt.OpenId is not null && attempt.OpenId != transaction.Order.OpenId)
        {
            return "The order belongs to another openid.";
        }
        if (attempt.PayerTotal is { } payerTotal && (payerTotal <= 0 || payerTotal > transaction.Order.Total))
        {
            return "payerTotal must be between 1 and the order total.";
        }
        return null;
    }

    private PayError? RefundRefusal(
        SimulatedTransaction transaction, RefundOrder order, bool enforceSpacing, DateTimeOffset now)
    {
        if (!TradeState.IsPaid(transaction.TradeState))
        {
            return PayErrors.InvalidRequest("订单未支付，不能发起退款");
        }
        if (order.Total != transaction.Order.Total)
        {
            return PayErrors.ParamError("amount.total", "原订单金额与订单实际金额不一致");
        }
        var refunds = _refunds.Values.Where(refund => refund.OutTradeNo == transaction.Order.OutTradeNo).ToList();
        if (refunds.Count >= MaxRefundsPerOrder)
        {
            return PayErrors.InvalidRequest($"订单已达到最大退款次数 {MaxRefundsPerOrder} 次");
        }
        if (refunds.Sum(refund => refund.Committed) + order.Refund > transaction.Order.Total)
        {
            return PayErrors.InvalidRequest("申请退款金额超过订单可退金额");
        }
        if (enforceSpacing && refunds.Any(refund => now - refund.CreatedAt < RefundSpacing))
        {
            return PayErrors.FrequencyLimited();
        }
        return null;
    }
}
