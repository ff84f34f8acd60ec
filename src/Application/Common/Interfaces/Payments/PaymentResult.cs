namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>What a payment provider answered: a value, or the kind of failure.</summary>
public sealed record PaymentResult<T>
    where T : class
{
    private PaymentResult(T? value, PaymentFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public PaymentFailure? Failure { get; }

    public static PaymentResult<T> Ok(T value) => new(value, null);

    public static PaymentResult<T> Fail(PaymentFailure failure) => new(null, failure);
}

/// <param name="Code">The provider's error code (e.g. <c>ORDER_CLOSED</c>), or a transport description.</param>
public sealed record PaymentFailure(PaymentFailureKind Kind, string Code, string Message);

public enum PaymentFailureKind
{
    /// <summary>Timeout, 5xx, dropped connection, or a response whose signature did not verify: ask again with the same arguments.</summary>
    OutcomeUnknown,

    /// <summary>429 / FREQUENCY_LIMITED: retry the same call later.</summary>
    RateLimited,

    /// <summary>The provider has no such order or refund (ORDER_NOT_EXIST, RESOURCE_NOT_EXISTS).</summary>
    NotFound,

    /// <summary>The order is already closed at the provider (ORDER_CLOSED).</summary>
    AlreadyClosed,

    /// <summary>The order is paid or being paid, so it cannot be closed (ORDERPAID, USERPAYING, OUT_TRADE_NO_USED).</summary>
    PaidOrPaying,

    /// <summary>The order number was used with other parameters (INVALID_REQUEST "201 商户订单号重复").</summary>
    DuplicateOrderNumber,

    /// <summary>The merchant balance cannot cover the refund (NOT_ENOUGH).</summary>
    InsufficientBalance,

    /// <summary>Any other refusal (parameters, signature, permission): a bug or configuration problem for an operator.</summary>
    Rejected,
}
