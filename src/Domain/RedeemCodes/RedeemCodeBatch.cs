using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.RedeemCodes;

/// <summary>
/// Codes minted at once for one channel deal (卡密): each hands out <see cref="Kind"/>/<see cref="OfferId"/> once until
/// <see cref="ExpiresAt"/>. The plain codes exist only in what <see cref="Generate"/> returns; the batch keeps hashes.
/// </summary>
public sealed class RedeemCodeBatch : Entity
{
    private RedeemCodeBatch()
    {
        Label = null!;
    }

    public OfferKind Kind { get; private set; }

    public Guid OfferId { get; private set; }

    /// <summary>The channel or deal the codes were made for, as the admin named it.</summary>
    public string Label { get; private set; }

    public int Count { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    public static GeneratedBatch Generate(
        OfferRef offer, int count, DateTimeOffset expiresAt, string label, Guid createdBy, DateTimeOffset now)
    {
        if (count is < 1 or > RedeemCodeLimits.MaxBatchSize)
        {
            throw RedeemCodeErrors.InvalidBatch($"A batch holds 1 to {RedeemCodeLimits.MaxBatchSize} codes, not {count}.");
        }

        if (expiresAt <= now)
        {
            throw RedeemCodeErrors.InvalidBatch("A batch must expire in the future.");
        }

        var batch = new RedeemCodeBatch
        {
            Kind = offer.Kind,
            OfferId = offer.Id,
            Label = Text.Required(label, RedeemCodeLimits.LabelLength,
                () => RedeemCodeErrors.InvalidBatch($"A batch needs a label of at most {RedeemCodeLimits.LabelLength} characters.")),
            Count = count,
            ExpiresAt = expiresAt,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        var plain = new HashSet<string>(count, StringComparer.Ordinal);
        while (plain.Count < count)
        {
            plain.Add(RedeemCodeFormat.New());
        }

        var codes = plain.Select(code => (Plain: code, Code: RedeemCode.For(batch, RedeemCodeFormat.Hash(code)))).ToList();
        batch.Raise(new RedeemCodeBatchGeneratedEvent(batch.Id, batch.Kind, batch.OfferId, count, expiresAt, batch.Label));
        return new GeneratedBatch(batch, codes.ConvertAll(c => c.Code), codes.ConvertAll(c => c.Plain));
    }
}

/// <summary>A new batch, its codes as stored, and the plain codes in the same order: shown once, then gone.</summary>
public sealed record GeneratedBatch(RedeemCodeBatch Batch, IReadOnlyList<RedeemCode> Codes, IReadOnlyList<string> PlainCodes);
