using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing;

/// <summary>The coupon feature's answer to "may this buyer use this code now, and on what terms".</summary>
public interface ICouponTermsSource
{
    /// <summary>
    /// The terms of the coupon <paramref name="code"/> names for <paramref name="userId"/>; a typed error (a
    /// <c>DomainException</c>) when it is unknown, someone else's, used up, expired or not yet valid, or a newcomer
    /// coupon for a buyer who has paid before.
    /// </summary>
    Task<CouponTerms> ResolveAsync(Guid userId, string code, DateTimeOffset now, CancellationToken cancellationToken);
}
