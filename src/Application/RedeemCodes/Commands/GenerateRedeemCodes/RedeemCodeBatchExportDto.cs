using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.RedeemCodes.Commands.GenerateRedeemCodes;

/// <summary>A new batch with its plain codes: returned once, at generation, as nothing else can ever show them.</summary>
public sealed record RedeemCodeBatchExportDto(
    Guid Id,
    OfferKind Kind,
    Guid OfferId,
    string Label,
    int Count,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<string> Codes,
    string Csv);
