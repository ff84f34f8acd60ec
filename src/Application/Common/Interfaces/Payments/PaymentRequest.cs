namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <param name="OutTradeNo">Our order number at the provider: 6–32 of <c>[0-9A-Za-z_-|*]</c>, unique forever.</param>
/// <param name="Description">Shown on the payer's bill (≤ 127 characters).</param>
/// <param name="PayerOpenId">The payer's openid under our mini program.</param>
/// <param name="ExpiresAt">After this the provider refuses payment.</param>
/// <param name="OrderId">Our order, for providers that read it (the balance; Virtual Payment maps its lines to products).</param>
/// <param name="PayerId">The buyer (whose balance pays; whose session key signs a Virtual Payment).</param>
public sealed record PaymentRequest(
    Guid OrderId,
    Guid PayerId,
    string OutTradeNo,
    string Description,
    long AmountFen,
    string PayerOpenId,
    DateTimeOffset ExpiresAt);
