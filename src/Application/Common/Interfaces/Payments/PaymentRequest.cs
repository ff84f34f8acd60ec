namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <param name="OutTradeNo">Our order number at the provider: 6–32 of <c>[0-9A-Za-z_-|*]</c>, unique forever.</param>
/// <param name="Description">Shown on the payer's bill (≤ 127 characters).</param>
/// <param name="PayerOpenId">The payer's openid under our mini program.</param>
/// <param name="ExpiresAt">After this the provider refuses payment.</param>
public sealed record PaymentRequest(
    string OutTradeNo,
    string Description,
    long AmountFen,
    string PayerOpenId,
    DateTimeOffset ExpiresAt);
