using System.Collections.Concurrent;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.FunctionalTests.Orders;

/// <summary>
/// A scripted payment provider: remembers orders and refunds like WeChat Pay would, lets a test play the payer, and
/// fails the next calls of a kind on request.
/// </summary>
internal sealed class FakePaymentGateway(PaymentChannel channel = PaymentChannel.WeChatPayJsapi) : IPaymentGateway
{
    private readonly ConcurrentDictionary<string, TransactionReport> _transactions = new();
    private readonly ConcurrentDictionary<string, RefundReport> _refunds = new();
    private readonly ConcurrentQueue<PaymentRequest> _started = new();
    private int _transactionCount;

    public PaymentChannel Channel => channel;

    public IReadOnlyCollection<PaymentRequest> Started => _started;

    public int RefundCalls { get; private set; }

    /// <summary>The failure every call answers with until cleared.</summary>
    public PaymentFailure? FailAll { get; set; }

    /// <summary>The state refunds reach when asked for.</summary>
    public RefundState RefundOutcome { get; set; } = RefundState.Succeeded;

    /// <summary>The payer pays the order at the provider: the report a notification or query would carry.</summary>
    public TransactionReport Pay(string outTradeNo, string payerOpenId, long totalFen, string currency = "CNY")
    {
        var report = new TransactionReport(
            outTradeNo, TransactionState.Succeeded, $"42{Interlocked.Increment(ref _transactionCount):D26}", totalFen, currency,
            payerOpenId, DateTimeOffset.UtcNow);
        _transactions[outTradeNo] = report;
        return report;
    }

    public TransactionState? StateOf(string outTradeNo) => _transactions.TryGetValue(outTradeNo, out var report) ? report.State : null;

    public RefundReport? RefundNumbered(string outRefundNo) => _refunds.GetValueOrDefault(outRefundNo);

    /// <summary>The provider finishes a refund it had accepted.</summary>
    public RefundReport FinishRefund(string outRefundNo, RefundState state) =>
        _refunds[outRefundNo] = _refunds[outRefundNo] with { State = state };

    public Task<PaymentResult<ClientPaymentParameters>> StartPaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        _started.Enqueue(request);
        if (FailAll is { } failure)
        {
            return Task.FromResult(PaymentResult<ClientPaymentParameters>.Fail(failure));
        }

        _transactions.TryAdd(request.OutTradeNo, Unpaid(request.OutTradeNo, TransactionState.NotPaid));
        ClientPaymentParameters parameters = new JsapiPaymentParameters(
            "wx-app", "1764000000", "nonce", $"prepay_id=wx{request.OutTradeNo}", "RSA", "signature");
        return Task.FromResult(PaymentResult<ClientPaymentParameters>.Ok(parameters));
    }

    public Task<PaymentResult<TransactionReport>> QueryPaymentAsync(string outTradeNo, CancellationToken cancellationToken) =>
        Task.FromResult(FailAll is { } failure
            ? PaymentResult<TransactionReport>.Fail(failure)
            : _transactions.TryGetValue(outTradeNo, out var report)
                ? PaymentResult<TransactionReport>.Ok(report)
                : PaymentResult<TransactionReport>.Fail(new PaymentFailure(PaymentFailureKind.NotFound, "ORDER_NOT_EXIST", "no such order")));

    public Task<PaymentResult<Closed>> ClosePaymentAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        if (FailAll is { } failure)
        {
            return Task.FromResult(PaymentResult<Closed>.Fail(failure));
        }

        if (!_transactions.TryGetValue(outTradeNo, out var report))
        {
            return Task.FromResult(PaymentResult<Closed>.Fail(new PaymentFailure(PaymentFailureKind.NotFound, "ORDER_NOT_EXIST", "")));
        }

        if (report.State == TransactionState.Succeeded)
        {
            return Task.FromResult(PaymentResult<Closed>.Fail(new PaymentFailure(PaymentFailureKind.PaidOrPaying, "ORDERPAID", "")));
        }

        _transactions[outTradeNo] = Unpaid(outTradeNo, TransactionState.Closed);
        return Task.FromResult(PaymentResult<Closed>.Ok(Closed.Instance));
    }

    public Task<PaymentResult<RefundReport>> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        RefundCalls++;
        if (FailAll is { } failure)
        {
            return Task.FromResult(PaymentResult<RefundReport>.Fail(failure));
        }

        var report = _refunds.GetOrAdd(request.OutRefundNo, number => new RefundReport(
            number, request.OutTradeNo, $"503{number}", RefundOutcome, request.RefundFen, DateTimeOffset.UtcNow));
        return Task.FromResult(PaymentResult<RefundReport>.Ok(report));
    }

    public Task<PaymentResult<RefundReport>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken) =>
        Task.FromResult(_refunds.TryGetValue(outRefundNo, out var report)
            ? PaymentResult<RefundReport>.Ok(report)
            : PaymentResult<RefundReport>.Fail(new PaymentFailure(PaymentFailureKind.NotFound, "RESOURCE_NOT_EXISTS", "")));

    private static TransactionReport Unpaid(string outTradeNo, TransactionState state) =>
        new(outTradeNo, state, null, null, null, null, null);
}
