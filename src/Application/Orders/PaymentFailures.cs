using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.Application.Orders;

/// <summary>Where a payment provider's <see cref="PaymentFailure"/> becomes a typed error, and only here.</summary>
internal static class PaymentFailures
{
    /// <summary>No answer, or "too often": the same call may succeed later.</summary>
    public static bool IsTransient(this PaymentFailure failure) =>
        failure.Kind is PaymentFailureKind.OutcomeUnknown or PaymentFailureKind.RateLimited;

    /// <summary>A failure no use case has a more specific answer for: unavailable when transient, otherwise rejected.</summary>
    public static ProviderException ToError(this PaymentFailure failure) =>
        failure.IsTransient() ? ProviderException.PaymentProviderUnavailable() : ProviderException.PaymentRejected();
}
