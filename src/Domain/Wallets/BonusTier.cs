namespace KnowledgePay.Domain.Wallets;

/// <summary>A top-up promotion (充 100 送 10): a top-up of at least <see cref="AmountFen"/> earns <see cref="BonusFen"/>.</summary>
public sealed record BonusTier(long AmountFen, long BonusFen)
{
    /// <summary>The bonus of the highest tier <paramref name="amountFen"/> reaches; 0 below every tier.</summary>
    public static long BonusFor(long amountFen, IEnumerable<BonusTier> tiers) =>
        tiers.Where(t => t.AmountFen <= amountFen).OrderByDescending(t => t.AmountFen).FirstOrDefault()?.BonusFen ?? 0;
}
