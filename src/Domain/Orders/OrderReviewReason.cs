namespace KnowledgePay.Domain.Orders;

/// <summary>Why an order waits for an operator: money or identity did not match, or money arrived that we cannot fulfil.</summary>
public enum OrderReviewReason
{
    AmountMismatch,
    CurrencyMismatch,
    PayerMismatch,

    /// <summary>The provider took money for an order we had already closed; an operator refunds it.</summary>
    PaidAfterClose,

    /// <summary>A second transaction paid an order that another transaction had already paid.</summary>
    DuplicatePayment,

    /// <summary>The buyer already had access when the payment arrived (e.g. an admin granted it meanwhile).</summary>
    AlreadyOwned,

    /// <summary>The provider reported a refund amount other than the one we asked for.</summary>
    RefundMismatch,

    /// <summary>The provider could not pay the refund out (e.g. the payer's card is frozen).</summary>
    RefundAbnormal,
}
